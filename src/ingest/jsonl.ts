import { buildReport, fail, strictDate, type IngestResult } from './build.ts';
import { IngestError, INGEST_ERROR_CODES } from './errors.ts';

const OPTIONAL_FIELDS = ['url', 'source', 'published', 'title', 'note'] as const;
const KNOWN_FIELDS = new Set<string>(['id', 'text', ...OPTIONAL_FIELDS]);

/**
 * Reads JSON Lines: one report per line, `id` and `text` required, `url`, `source`, `published`,
 * `title`, `note` optional (string or null). Blank lines are skipped. A bad line (not JSON, not an
 * object, missing id/text, wrong type, bad date) is an error naming `file:line`; the other lines
 * still give reports. `origin` is `file:line`.
 *
 * @example readJsonLines('{"id":"r1","text":"The army entered Arak."}\n', 'feed.jsonl')[0];
 * // { ok: true, report: { id: 'r1', origin: 'feed.jsonl:1', … } }
 */
export function readJsonLines(content: string, file: string): IngestResult[] {
  const results: IngestResult[] = [];
  let lineNo = 0;
  for (const line of content.split(/\r?\n/)) {
    lineNo++;
    if (line.trim() === '') continue;
    try {
      results.push(readLine(line, file, lineNo));
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      results.push(fail(e));
    }
  }
  if (results.length === 0) results.push(fail(new IngestError(INGEST_ERROR_CODES.empty, file, 'no JSON lines in the file')));
  return results;
}

function readLine(line: string, file: string, lineNo: number): IngestResult {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new IngestError(INGEST_ERROR_CODES.json, file, `malformed JSON (${why}); each line must be one JSON object`, lineNo, { cause });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IngestError(INGEST_ERROR_CODES.json, file, `expected a JSON object, got ${Array.isArray(value) ? 'an array' : typeof value}`, lineNo);
  }
  const obj = value as Record<string, unknown>;
  const id = requiredString(obj, 'id', file, lineNo);
  const text = requiredString(obj, 'text', file, lineNo);
  const fields: Partial<Record<(typeof OPTIONAL_FIELDS)[number], string | null>> = {};
  for (const key of OPTIONAL_FIELDS) fields[key] = optionalString(obj, key, file, lineNo);
  const published = fields.published == null ? null : strictDate(fields.published, file, lineNo, 'published');
  const unknown = Object.keys(obj).filter((k) => !KNOWN_FIELDS.has(k));
  const warnings = unknown.length ? [`line ${lineNo}: unknown field(s) ${unknown.join(', ')} ignored`] : [];
  return buildReport({ ...fields, id, body: text, published, format: 'jsonl', origin: `${file}:${lineNo}`, file, line: lineNo, warnings });
}

function requiredString(obj: Record<string, unknown>, key: string, file: string, line: number): string {
  const v = obj[key];
  // Numeric ids are common in exports; they are read as their decimal string.
  if (key === 'id' && typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string' || v.trim() === '') {
    const got = v === undefined ? 'it is missing' : `got ${v === null ? 'null' : typeof v === 'string' ? 'an empty string' : typeof v}`;
    throw new IngestError(INGEST_ERROR_CODES.field, file, `field "${key}" must be a non-empty string (${got})`, line);
  }
  return key === 'id' ? v.trim() : v;
}

function optionalString(obj: Record<string, unknown>, key: string, file: string, line: number): string | null {
  const v = obj[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new IngestError(INGEST_ERROR_CODES.field, file, `field "${key}" must be a string or null (got ${typeof v})`, line);
  return v;
}
