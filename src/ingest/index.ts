/**
 * Reading reports: text/Markdown with a header block, HTML pages, JSON Lines, RSS/Atom feeds,
 * from files, folders, globs and stdin, into `Report` objects (see README.md).
 */
export type { IngestResult } from './build.ts';
export { NO_DATE_WARNING } from './build.ts';
export { IngestError, INGEST_ERROR_CODES, MalformedDateError, type IngestErrorCode } from './errors.ts';
export { parseHeaderDate } from './dates.ts';
export { DEFAULT_MAX_BYTES } from './decode.ts';
export { contentHash, normalizeBody } from './normalize.ts';
export { REPORT_EXTENSIONS, sniffFormat } from './formats.ts';
export { expandInputs } from './expand.ts';
export { parseReportFile } from './parse-file.ts';
export { readReports, type ReadOptions } from './read.ts';
