import type { ReportFormat } from '../model/index.ts';
import { buildReport, fail, strictDate, type IngestResult } from './build.ts';
import { IngestError } from './errors.ts';
import { splitHeader } from './header.ts';
import { markdownToText } from './markdown.ts';

/**
 * Reads a plain-text or Markdown report: optional header block (`url:`, `source:`, `published:`,
 * `title:`, `note:`, then `---`), then the body. Markdown bodies are reduced to plain text, and a
 * Markdown report without a `title:` takes its first heading as title.
 * A malformed `published:` is an `E_INGEST_DATE` error naming the header line.
 *
 * @example
 * readTextReport('published: 19 June 2017\n---\nThe army entered Arak.', { id: 'a', file: 'a.txt', format: 'text' });
 * // [{ ok: true, report: { id: 'a', published: '2017-06-19', text: 'The army entered Arak.', … } }]
 */
export function readTextReport(content: string, at: { id: string; file: string; origin?: string; format: Extract<ReportFormat, 'text' | 'markdown'> }): IngestResult[] {
  const { fields, body, warnings } = splitHeader(content.replace(/\r\n?/g, '\n'));
  let published: string | null = null;
  try {
    if (fields.published) published = strictDate(fields.published.value, at.file, fields.published.line, 'published:');
  } catch (e) {
    if (e instanceof IngestError) return [fail(e)];
    throw e;
  }
  const markdown = at.format === 'markdown';
  return [
    buildReport({
      id: at.id,
      format: at.format,
      origin: at.origin ?? at.file,
      file: at.file,
      body: markdown ? markdownToText(body) : body,
      source: fields.source?.value,
      url: fields.url?.value,
      published,
      title: fields.title?.value ?? (markdown ? firstHeading(body) : null),
      note: fields.note?.value,
      warnings,
    }),
  ];
}

function firstHeading(markdown: string): string | null {
  const m = /^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$/m.exec(markdown.slice(0, 10_000));
  return m ? markdownToText(m[1]!) : null;
}
