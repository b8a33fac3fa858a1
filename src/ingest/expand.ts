import { readdir, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { IngestError, INGEST_ERROR_CODES } from './errors.ts';
import { REPORT_EXTENSIONS, extensionOf } from './formats.ts';
import { globToRegExp, isGlob, splitGlob } from './glob.ts';

/** One thing to read (a file path, or `-` for stdin), or why an input gave nothing to read. */
export type ExpandedInput = { path: string } | { error: IngestError };

// Folders never worth walking into for reports.
const SKIPPED_DIRS = new Set(['node_modules']);

/**
 * Expands inputs in order: `-` stays `-`; a folder gives its files with a report extension
 * (recursively, sorted, hidden entries and node_modules skipped); a glob gives the files it matches
 * (sorted); an existing file is itself whatever its extension. A file reached twice is listed once.
 * Inputs that give nothing become errors (`E_INGEST_NOT_FOUND`, `E_INGEST_UNREADABLE`,
 * `E_INGEST_NO_REPORTS`) in the place of the files they would have given.
 *
 * @example await expandInputsDetailed(['reports', 'extra/*.md', '-']);
 */
export async function expandInputsDetailed(inputs: string[]): Promise<ExpandedInput[]> {
  const out: ExpandedInput[] = [];
  const seen = new Set<string>();
  const add = (path: string): void => {
    const key = path === '-' ? '-' : resolve(path);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ path });
  };
  for (const input of inputs) {
    if (input === '-') {
      add('-');
      continue;
    }
    try {
      for (const path of await expandOne(input)) add(path);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      out.push({ error: e });
    }
  }
  return out;
}

/**
 * Expands inputs to the list of files (and `-`) without reading them, for progress bars. Inputs that
 * give nothing are left out here; `readReports` reports them.
 *
 * @example await expandInputs(['reports']); // ['reports/002.txt', 'reports/003.txt', …]
 */
export async function expandInputs(inputs: string[]): Promise<string[]> {
  return (await expandInputsDetailed(inputs)).flatMap((e) => ('path' in e ? [e.path] : []));
}

async function expandOne(input: string): Promise<string[]> {
  const info = await statOrNull(input);
  if (info === null) {
    if (isGlob(input)) return expandGlob(input);
    throw new IngestError(INGEST_ERROR_CODES.notFound, input, 'no such file or folder');
  }
  if (info.isFile()) return [input];
  if (!info.isDirectory()) throw new IngestError(INGEST_ERROR_CODES.unreadable, input, 'not a regular file or folder');
  const files = (await walk(input, new Set())).filter((p) => extensionOf(p) in REPORT_EXTENSIONS);
  if (files.length === 0) {
    throw new IngestError(INGEST_ERROR_CODES.noReports, input, `folder holds no reports (looked for ${Object.keys(REPORT_EXTENSIONS).join(' ')})`);
  }
  return files;
}

async function expandGlob(pattern: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const matcher = globToRegExp(rest);
  const baseInfo = await statOrNull(base);
  const files = baseInfo?.isDirectory() ? await walk(base, new Set()) : [];
  const matched = files.filter((p) => matcher.test(relative(base, p).split('\\').join('/')));
  if (matched.length === 0) throw new IngestError(INGEST_ERROR_CODES.noReports, pattern, 'pattern matches no file');
  return base === '.' ? matched.map((p) => relative('.', p)) : matched;
}

/** All files under a folder, sorted by path; symlinked folders are followed once (no cycles). */
async function walk(dir: string, visited: Set<string>): Promise<string[]> {
  let real: string;
  let entries;
  try {
    real = await realpath(dir);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (cause) {
    throw new IngestError(INGEST_ERROR_CODES.unreadable, dir, `cannot read folder (${errnoOf(cause)})`, undefined, { cause });
  }
  if (visited.has(real)) return [];
  visited.add(real);
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || SKIPPED_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? await statOrNull(path) : entry;
    if (kind?.isDirectory()) files.push(...(await walk(path, visited)));
    else if (kind?.isFile()) files.push(path);
  }
  return files;
}

async function statOrNull(path: string): Promise<Awaited<ReturnType<typeof stat>> | null> {
  try {
    return await stat(path);
  } catch (cause) {
    const code = errnoOf(cause);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw new IngestError(INGEST_ERROR_CODES.unreadable, path, `cannot read (${code})`, undefined, { cause });
  }
}

/** The errno code of a failed fs call (ENOENT, EACCES …). */
export function errnoOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : String(error);
}
