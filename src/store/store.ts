import type { ClaimRecord, EventRecord, EventType, Modality, Report, Side } from '../model/index.ts';

/** A stored event: the record plus the store's stable id and bookkeeping. */
export interface StoredEvent extends EventRecord {
  /** Stable across re-runs: a hash of report content hash + rule + span + type + place name + modality (see `ids.ts`). */
  id: string;
  /** ISO timestamp of the last insert or change of this row. */
  updated_at: string;
}

export interface StoredClaim extends ClaimRecord {
  /** Stable across re-runs: a hash of report content hash + rule + span + kind + value + unit (see `ids.ts`). */
  id: string;
}

export interface StoredReport extends Report {
  /** ISO timestamp of the first ingestion of this report id. */
  ingested_at: string;
  /** ISO timestamp of the last write of this report (its content, metadata, events or claims). */
  updated_at?: string;
  event_count: number;
}

/** Filters for `events` (CLI flags and HTTP query parameters map onto these one to one). */
export interface EventQuery {
  /** Events dated on or after this day (YYYY-MM-DD); a range event is selected by its start date; undated events are excluded. */
  since?: string;
  /** Events dated on or before this day; undated events are excluded. */
  until?: string;
  /** The acting side (`actor.side`). */
  side?: Side;
  type?: EventType;
  /** Substring match on place name or canonical name, case-insensitive. */
  place?: string;
  /** [west, south, east, north]; west > east crosses the antimeridian. Events without coordinates are excluded. */
  bbox?: [number, number, number, number];
  /** Outlet name (report `source`), case-insensitive, whole name. */
  source?: string;
  reportId?: string;
  /** Rows with `updated_at >= updatedSince` (inclusive, so a poller that passes its last seen time misses nothing). */
  updatedSince?: string;
  /** Only asserted + reported_earlier. */
  factualOnly?: boolean;
  /** Newest first (date descending, then id descending); undated events stay last. */
  descending?: boolean;
  /** Keyset paging: only events that come after this one (the last of the previous page) in the order asked for. */
  after?: { date: string | null; id: string };
  limit?: number;
  offset?: number;
}

/** The short form of an event that lists and maps need; the full record is `getEvent(id)`. */
export interface EventSummary {
  id: string;
  report_id: string;
  type: EventType;
  subtype: string | null;
  date: string | null;
  date_end: string | null;
  modality: Modality;
  actor: { name: string; side: Side };
  place: { name: string; canonical: string | null; lat: number | null; lon: number | null; precision: string | null } | null;
  updated_at: string;
}

/** One `eventSummaries` row: the summary as JSON text (stored at write time), with what paging and GeoJSON need beside it. */
export interface EventSummaryRow {
  id: string;
  date: string | null;
  lat: number | null;
  lon: number | null;
  /** An `EventSummary` serialized. */
  json: string;
}

/** What the stored events span: for a time slider and filter menus. */
export interface EventExtent {
  /** First and last event dates (undated events left out); null when no event is dated. */
  first: string | null;
  last: string | null;
  /** Acting sides and event types that occur, sorted. */
  sides: Side[];
  types: EventType[];
}

/**
 * What `saveReport` did:
 * - `inserted`: a report id not stored before; report, events and claims written.
 * - `updated`: the report id was stored and something changed (new content, new metadata, or a
 *   different extraction of the same content); its events and claims were replaced. Events whose id and
 *   record are unchanged keep their `updated_at`; changed and new events get the store clock's time.
 * - `unchanged`: the same report id with the same content, metadata, events and claims; nothing written.
 * - `duplicate`: the content hash is already stored under another report id; nothing written.
 */
export type SaveOutcome = 'inserted' | 'updated' | 'unchanged' | 'duplicate';

/** One row of `unresolvedPlaces`: a place name (as written) that no event could put on the map. */
export interface UnresolvedPlace {
  /** The most frequent spelling among mentions that differ only in letter case. */
  name: string;
  /** Number of events that name it. */
  mentions: number;
  /** Reports that name it, sorted. */
  reportIds: string[];
}

/** One row of `actors`: an actor name with its side, over all stored events (actor, allies, opponent). */
export interface ActorSummary {
  /** The most frequent spelling among names that differ only in letter case. */
  name: string;
  side: Side;
  /** Number of appearances in stored events. */
  mentions: number;
}

/** A tombstone: an event that an update of its report no longer yields. */
export interface RemovedEvent {
  id: string;
  report_id: string;
  /** ISO timestamp of the update that removed it. */
  removed_at: string;
}

/** One item of a `saveReports` batch. */
export interface ReportBatchItem {
  report: Report;
  events: EventRecord[];
  claims: ClaimRecord[];
}

/**
 * Persistence behind one interface (SQLite now, PostgreSQL/PostGIS later).
 * `saveReport` writes a report with its events, claims, place and actor mentions in one
 * transaction: after a failure or a crash, a report is either wholly stored or not at all.
 * Every adapter must pass the contract suite in `contract.ts`.
 */
export interface Store {
  /** Writes one report in one transaction; see `SaveOutcome`. Throws `StoreError` (nothing written) on invalid rows. */
  saveReport(report: Report, events: EventRecord[], claims: ClaimRecord[]): SaveOutcome;
  /**
   * Writes many reports in one transaction (faster for bulk ingest). All or nothing: if one item
   * fails, none of the batch is stored and the error names the failing report.
   */
  saveReports(batch: readonly ReportBatchItem[]): SaveOutcome[];
  getReport(id: string): StoredReport | null;
  listReports(): StoredReport[];
  /** Events matching every given filter, ordered by date (undated last), then id. */
  events(query?: EventQuery): StoredEvent[];
  /** The same events as `events(query)`, in the same order, as summaries serialized to JSON. */
  eventSummaries(query?: EventQuery): EventSummaryRow[];
  eventExtent(): EventExtent;
  getEvent(id: string): StoredEvent | null;
  /**
   * Events removed by report updates at or after `since` (all when omitted), oldest first: with
   * `events({ updatedSince })` a client mirrors the store without re-downloading it. An event that
   * comes back is no longer listed.
   */
  removedEvents(since?: string): RemovedEvent[];
  claims(reportId?: string): StoredClaim[];
  /** Place names of stored events that have neither a gazetteer id nor coordinates, most mentioned first. */
  unresolvedPlaces(): UnresolvedPlace[];
  /** Every actor (name, side) of stored events with its number of appearances, most mentioned first. */
  actors(): ActorSummary[];
  counts(): { reports: number; events: number; claims: number };
  close(): void;
}
