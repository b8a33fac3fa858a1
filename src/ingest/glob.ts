/** Characters that make an input a glob pattern rather than a path. */
const GLOB_CHARS = /[*?[\]{}]/;

/** Does this input contain glob syntax? */
export function isGlob(input: string): boolean {
  return GLOB_CHARS.test(input);
}

/**
 * Splits a pattern into the folder to walk (the leading segments without glob syntax) and the
 * rest, which is matched against paths relative to that folder.
 *
 * @example splitGlob('reports/**\/*.txt'); // { base: 'reports', rest: '**\/*.txt' }
 */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const segments = pattern.split('/');
  const firstGlob = segments.findIndex((s) => isGlob(s));
  if (firstGlob === -1) return { base: pattern, rest: '' };
  const baseSegments = segments.slice(0, firstGlob);
  const base = baseSegments.length === 0 ? '.' : baseSegments.join('/') || '/';
  return { base, rest: segments.slice(firstGlob).join('/') };
}

/**
 * Compiles a glob (relative, `/`-separated) to a RegExp: `**` spans folders, `*` and `?` stay
 * within one name, `[abc]`/`[!abc]` are classes, `{a,b}` alternatives. Wildcards do not match a
 * leading dot (hidden files), as in the shell.
 *
 * @example globToRegExp('**\/*.txt').test('2017/june/arak.txt'); // true
 */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let braceDepth = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    const atNameStart = i === 0 || glob[i - 1] === '/';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        i += slash ? 2 : 1;
        re += slash ? '(?:[^/.][^/]*/)*' : '(?:[^/.][^/]*(?:/[^/.][^/]*)*)?';
      } else {
        re += atNameStart ? '(?:[^/.][^/]*)?' : '[^/]*';
      }
    } else if (c === '?') {
      re += atNameStart ? '[^/.]' : '[^/]';
    } else if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
      } else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += body.startsWith('!') ? `[^/${body.slice(1)}]` : `[${body}]`;
        i = close;
      }
    } else if (c === '{') {
      braceDepth++;
      re += '(?:';
    } else if (c === '}' && braceDepth > 0) {
      braceDepth--;
      re += ')';
    } else if (c === ',' && braceDepth > 0) {
      re += '|';
    } else {
      re += c.replace(/[.+^$()|\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${re}$`);
}
