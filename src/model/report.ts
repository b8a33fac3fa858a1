/** A report as ingested: one document from one outlet, with what its header says about it. */
export type ReportFormat = 'text' | 'markdown' | 'html' | 'jsonl' | 'rss' | 'atom';

export interface Report {
  /** File name without extension (or the JSONL `id`, or the feed item's guid slug). */
  id: string;
  /** Outlet name as given (`source:` header), or null. */
  source: string | null;
  url: string | null;
  /** Publication day as YYYY-MM-DD, or null when unknown: extraction then never invents a date. */
  published: string | null;
  title: string | null;
  note: string | null;
  /** Body text (header block removed, HTML reduced to its main text). */
  text: string;
  /** sha256 hex of the normalised body: identical content is stored once. */
  contentHash: string;
  format: ReportFormat;
  /** Where it came from: a path, `path:line` for JSONL, or `-` for stdin. */
  origin: string;
  /** Non-fatal problems found while reading it ("no publication date", "header date malformed"). */
  warnings: string[];
}
