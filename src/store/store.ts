import type { ClaimRecord, EventRecord, EventType, Report, Side } from '../model/index.ts';

/** A stored event: the record plus the store's stable id and bookkeeping. */
export interface StoredEvent extends EventRecord {
  /** Stable across re-runs: a hash of report content hash + rule + span + type + place name. */
  id: string;
  /** ISO timestamp of the last insert or change of this row. */
  updated_at: string;
}

export interface StoredClaim extends ClaimRecord {
  id: string;
}

export interface StoredReport extends Report {
  /** ISO timestamp of ingestion. */
  ingested_at: string;
  event_count: number;
}

/** Filters for `events` (CLI flags and HTTP query parameters map onto these one to one). */
export interface EventQuery {
  since?: string;
  until?: string;
  side?: Side;
  type?: EventType;
  /** Substring match on place name or canonical name, case-insensitive. */
  place?: string;
  /** [west, south, east, north] */
  bbox?: [number, number, number, number];
  /** Outlet name (report `source`), case-insensitive. */
  source?: string;
  reportId?: string;
  updatedSince?: string;
  /** Only asserted + reported_earlier. */
  factualOnly?: boolean;
  limit?: number;
  offset?: number;
}

export type SaveOutcome = 'inserted' | 'unchanged' | 'duplicate';

/**
 * Persistence behind one interface (SQLite now, PostgreSQL/PostGIS later).
 * `saveReport` writes a report with its events and claims in one transaction.
 */
export interface Store {
  /** 'duplicate' when a report with the same content hash is already stored (nothing written). */
  saveReport(report: Report, events: EventRecord[], claims: ClaimRecord[]): SaveOutcome;
  getReport(id: string): StoredReport | null;
  listReports(): StoredReport[];
  events(query?: EventQuery): StoredEvent[];
  getEvent(id: string): StoredEvent | null;
  claims(reportId?: string): StoredClaim[];
  counts(): { reports: number; events: number; claims: number };
  close(): void;
}
