import type { Report, ReportFormat } from '../model/index.ts';
import { ACCEPTED_DATES, IngestError, INGEST_ERROR_CODES, MalformedDateError } from './errors.ts';
import { parseHeaderDate } from './dates.ts';
import { contentHash, normalizeBody } from './normalize.ts';

/** One report read, or why one input (file, JSONL line, feed item) could not be. */
export type IngestResult = { ok: true; report: Report } | { ok: false; error: IngestError };

/** Warning every report without a publication date carries (extraction keeps relative dates as offsets). */
export const NO_DATE_WARNING = 'no publication date: relative dates will be kept as offsets';

export interface ReportFields {
  id: string;
  format: ReportFormat;
  origin: string;
  /** Where errors point: the file as given. */
  file: string;
  line?: number;
  body: string;
  source?: string | null;
  url?: string | null;
  published?: string | null;
  title?: string | null;
  note?: string | null;
  warnings?: string[];
}

/**
 * Assembles a Report: normalises the body, hashes it, turns blank strings into null and adds the
 * no-date warning. An empty body is an `E_INGEST_EMPTY` error result.
 */
export function buildReport(f: ReportFields): IngestResult {
  const text = normalizeBody(f.body);
  if (text === '') {
    const what = f.format === 'html' ? 'the page has no main text' : 'the report body is empty';
    return fail(new IngestError(INGEST_ERROR_CODES.empty, f.file, what, f.line));
  }
  const warnings = [...(f.warnings ?? [])];
  const published = f.published ?? null;
  if (published === null) warnings.push(NO_DATE_WARNING);
  return {
    ok: true,
    report: {
      id: f.id,
      source: blankToNull(f.source),
      url: blankToNull(f.url),
      published,
      title: blankToNull(f.title),
      note: blankToNull(f.note),
      text,
      contentHash: contentHash(text),
      format: f.format,
      origin: f.origin,
      warnings,
    },
  };
}

/** Wraps an error as a result. */
export const fail = (error: IngestError): IngestResult => ({ ok: false, error });

/**
 * Reads a date that must be right (text headers, JSONL): a malformed one becomes an `E_INGEST_DATE`
 * error naming file and line.
 */
export function strictDate(value: string, file: string, line: number | undefined, field: string): string | null {
  try {
    return parseHeaderDate(value);
  } catch (e) {
    if (e instanceof MalformedDateError) {
      throw new IngestError(INGEST_ERROR_CODES.date, file, `${field} ${JSON.stringify(value)} is not a date (${e.reason}); ${ACCEPTED_DATES}`, line, { cause: e });
    }
    throw e;
  }
}

/**
 * Reads a date a machine wrote (HTML meta, feed): a malformed one is dropped with a warning, since
 * the page's text is still worth keeping.
 */
export function lenientDate(value: string | null, where: string, warnings: string[]): string | null {
  if (value === null) return null;
  try {
    return parseHeaderDate(value);
  } catch (e) {
    if (!(e instanceof MalformedDateError)) throw e;
    warnings.push(`${where} date ${JSON.stringify(value)} malformed (${e.reason}): publication date left unknown`);
    return null;
  }
}

// Header values that say "not known" rather than giving a value.
const NOT_KNOWN = new Set(['unknown', 'n/a', 'none', 'null', '-']);

function blankToNull(value: string | null | undefined): string | null {
  const v = value?.trim();
  return v && !NOT_KNOWN.has(v.toLowerCase()) ? v : null;
}
