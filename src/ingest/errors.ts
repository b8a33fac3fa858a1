/**
 * Stable codes of everything that can go wrong while reading a report. The CLI and server decide
 * what to do by the code, never by parsing the message.
 */
export const INGEST_ERROR_CODES = {
  /** The path does not exist. */
  notFound: 'E_INGEST_NOT_FOUND',
  /** The path exists but cannot be read (permissions, I/O error, a folder where a file was expected). */
  unreadable: 'E_INGEST_UNREADABLE',
  /** A folder or glob that holds no file with a report extension. */
  noReports: 'E_INGEST_NO_REPORTS',
  /** A zero-byte file, or one whose body is blank once the header is removed. */
  empty: 'E_INGEST_EMPTY',
  /** NUL bytes or mostly control characters: not a text file. */
  binary: 'E_INGEST_BINARY',
  /** Bytes that are not valid UTF-8. */
  encoding: 'E_INGEST_ENCODING',
  /** Larger than the `maxBytes` limit. */
  tooLarge: 'E_INGEST_TOO_LARGE',
  /** A publication date that is neither a date we read nor `unknown`/empty. */
  date: 'E_INGEST_DATE',
  /** A JSON Lines line that is not a JSON object. */
  json: 'E_INGEST_JSON',
  /** A JSON Lines object without a usable `id` or `text`, or with a field of the wrong type. */
  field: 'E_INGEST_FIELD',
  /** An XML file that is not well-formed, or not an RSS 2.0 / Atom feed. */
  feed: 'E_INGEST_FEED',
} as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[keyof typeof INGEST_ERROR_CODES];

/**
 * A problem with one input (a file, a JSONL line, a feed item). It never stops the other inputs:
 * `readReports` yields it as `{ ok: false, error }` and goes on.
 *
 * @example
 * const e = new IngestError('E_INGEST_EMPTY', 'reports/a.txt', 'the file is empty');
 * e.message; // '[frontwatch] [ingest] reports/a.txt: the file is empty'
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  /** Where: the path as given (or `-` for stdin). */
  readonly file: string;
  /** 1-based line in the file, when the problem is on one line. */
  readonly line?: number;
  /** What was wrong, without the `[frontwatch] [ingest] file:line:` prefix. */
  readonly detail: string;

  constructor(
    readonly code: IngestErrorCode,
    file: string,
    detail: string,
    line?: number,
    options?: { cause?: unknown },
  ) {
    super(`[frontwatch] [ingest] ${file}${line === undefined ? '' : `:${line}`}: ${detail}`, options);
    this.file = file;
    this.detail = detail;
    if (line !== undefined) this.line = line;
  }

  /** True for an IngestError, optionally with the given code. */
  static is(value: unknown, code?: IngestErrorCode): value is IngestError {
    return value instanceof IngestError && (code === undefined || value.code === code);
  }
}

/**
 * Thrown by `parseHeaderDate` for a value it cannot read. It knows no file; the format readers turn
 * it into an `IngestError` (code `E_INGEST_DATE`) naming file and line.
 */
export class MalformedDateError extends Error {
  override readonly name = 'MalformedDateError';
  readonly code = INGEST_ERROR_CODES.date;

  constructor(readonly value: string, readonly reason: string) {
    super(`[frontwatch] [ingest] malformed date ${JSON.stringify(value)}: ${reason}; ${ACCEPTED_DATES}`);
  }
}

/** What every date error tells the user is accepted. */
export const ACCEPTED_DATES =
  'accepted: YYYY-MM-DD, an ISO datetime (2017-06-19T14:00:00+03:00), "19 June 2017", "June 19, 2017", an RFC 822 date (Mon, 19 Jun 2017 10:00:00 GMT), or "unknown"/empty';
