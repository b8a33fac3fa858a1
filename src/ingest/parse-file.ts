import { fail, type IngestResult } from './build.ts';
import { DEFAULT_MAX_BYTES, decodeReportBytes } from './decode.ts';
import { IngestError } from './errors.ts';
import { readFeed } from './feed.ts';
import { formatOf, idFromPath } from './formats.ts';
import { readJsonLines } from './jsonl.ts';
import { readHtmlReport } from './page.ts';
import { readTextReport } from './text.ts';

/**
 * Turns one file's bytes into reports and per-item errors (sync, no I/O). The format comes from the
 * extension, or from the content for `-` (stdin), `.xml` and unknown extensions. A file-level problem
 * (too large, empty, binary, invalid UTF-8) is a single error result; a JSONL or feed file gives one
 * result per line or item.
 *
 * @example
 * parseReportFile(Buffer.from('The army entered Arak.'), 'reports/arak.txt');
 * // [{ ok: true, report: { id: 'arak', format: 'text', origin: 'reports/arak.txt', … } }]
 */
export function parseReportFile(raw: Uint8Array, path: string, opts: { maxBytes?: number } = {}): IngestResult[] {
  let content: string;
  try {
    content = decodeReportBytes(raw, path, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (e) {
    if (e instanceof IngestError) return [fail(e)];
    throw e;
  }
  const at = { id: idFromPath(path), file: path };
  const format = formatOf(path, content);
  switch (format) {
    case 'text':
    case 'markdown':
      return readTextReport(content, { ...at, format });
    case 'html':
      return readHtmlReport(content, at);
    case 'jsonl':
      return readJsonLines(content, path);
    case 'rss':
    case 'atom':
      return readFeed(content, at);
  }
}
