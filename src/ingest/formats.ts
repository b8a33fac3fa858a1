import { basename } from 'node:path';
import type { ReportFormat } from '../model/index.ts';
import { feedKind } from './feed.ts';
import { splitHeader } from './header.ts';
import { looksLikeMarkdown } from './markdown.ts';

/** Extensions read when walking a folder, and the format each one means. `.xml` is sniffed. */
export const REPORT_EXTENSIONS: Readonly<Record<string, ReportFormat | 'xml'>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'rss',
  '.atom': 'atom',
  '.xml': 'xml',
};

/** The lower-case extension of a path (`.txt`), or '' when it has none. */
export function extensionOf(path: string): string {
  const name = basename(path);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** The report id a file gives: its name without directory and extension (`stdin` for `-`). */
export function idFromPath(path: string): string {
  if (path === '-') return 'stdin';
  const name = basename(path);
  const ext = extensionOf(name);
  return ext ? name.slice(0, -ext.length) : name;
}

/**
 * Decides how to read a file: by extension when it names a format, else (stdin, `.xml`, unknown
 * extensions) by looking at the content.
 *
 * @example formatOf('a.md', '# Arak'); // 'markdown'
 * @example formatOf('-', '{"id":"x","text":"…"}'); // 'jsonl'
 */
export function formatOf(path: string, content: string): ReportFormat {
  const byExtension = REPORT_EXTENSIONS[extensionOf(path)];
  if (byExtension !== undefined && byExtension !== 'xml') return byExtension;
  return sniffFormat(content, byExtension === 'xml');
}

/** Guesses a format from content alone. An XML file that is no feed is read as a feed (and fails with E_INGEST_FEED). */
export function sniffFormat(content: string, isXml = false): ReportFormat {
  const head = content.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  const feed = feedKind(head);
  if (feed) return feed;
  if (isXml || /^<\?xml/i.test(head)) return /<html[\s>]/i.test(head) ? 'html' : 'rss';
  if (/^<(!doctype\s+html|html|head|body)[\s>]/i.test(head) || (head.startsWith('<') && /<(p|div|article|main|h1|h2)[\s>]/i.test(head))) {
    return 'html';
  }
  const lines = head.split(/\r?\n/).filter((l) => l.trim() !== '');
  if (lines.length > 0 && lines.slice(0, 5).every((l) => l.trimStart().startsWith('{'))) return 'jsonl';
  return looksLikeMarkdown(splitHeader(content.slice(0, 20_000).replace(/\r\n?/g, '\n')).body) ? 'markdown' : 'text';
}
