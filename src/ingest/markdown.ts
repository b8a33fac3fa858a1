/**
 * Reduces light Markdown to the plain text a reader sees: heading marks, emphasis, inline code marks,
 * blockquote marks and list bullets go; links keep their text; images, reference-link definitions,
 * horizontal rules and code-fence lines are dropped; inline HTML tags are removed.
 * Line structure is kept, so a heading stays its own line (a sentence of its own).
 *
 * @example markdownToText('## Arak\nThe *army* entered [Arak](https://example.org).');
 * // 'Arak\nThe army entered Arak.'
 */
export function markdownToText(markdown: string): string {
  const out: string[] = [];
  let inFence = false;
  for (const rawLine of markdown.split('\n')) {
    if (/^\s{0,3}(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(rawLine);
      continue;
    }
    out.push(reduceLine(rawLine));
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** Is this probably Markdown (for stdin and unknown extensions)? Needs two distinct signs. */
export function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const signs = [
    /^#{1,6}\s+\S/m, // ATX heading
    /\[[^\]\n]+\]\([^)\s]+\)/, // inline link
    /(^|\s)\*\*[^*\n]+\*\*/, // strong
    /^\s*[-*+]\s+\S/m, // bullet
    /^>\s/m, // blockquote
    /^(```|~~~)/m, // code fence
  ];
  return signs.filter((re) => re.test(sample)).length >= 2;
}

// A line with none of these characters and no list marker has no Markdown to reduce.
const MARKDOWN_CHARS = /[#*_[\]!`<>~\\=]|^\s*(?:[-+]|\d+[.)])\s|^\s*-+\s*$/;

function reduceLine(line: string): string {
  if (!MARKDOWN_CHARS.test(line)) return line.trimEnd();
  // Whole-line constructs first.
  if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return ''; // horizontal rule
  if (/^\s{0,3}\[[^\]]+\]:\s*\S+/.test(line)) return ''; // reference-link definition
  if (/^\s{0,3}(=+|-+)\s*$/.test(line)) return ''; // setext heading underline

  let s = line
    .replace(/^\s{0,3}#{1,6}\s+/, '') // heading mark
    .replace(/\s+#+\s*$/, '') // closing heading hashes
    .replace(/^(\s*>\s?)+/, '') // blockquote
    .replace(/^(\s*)([-*+]|\d+[.)])\s+(\[[ xX]\]\s+)?/, '$1'); // list bullet, task box
  s = s
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '') // image
    .replace(/!\[[^\]]*\]\[[^\]]*\]/g, '') // reference image
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // inline link
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference link
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1') // autolink
    .replace(/<\/?[A-Za-z][^>]*>/g, '') // inline HTML tag
    .replace(/`([^`]+)`/g, '$1') // inline code
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2') // strong
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?!\w)/g, '$1$2') // *em*
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, '$1$2') // _em_ (never inside words like al_Sukhnah)
    .replace(/~~(?=\S)([^~\n]*?\S)~~/g, '$1') // strikethrough
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1'); // backslash escapes
  return s.trimEnd();
}
