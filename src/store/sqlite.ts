import Database from 'better-sqlite3';
import { isFactual, type ClaimRecord, type EventRecord, type EventType, type Report, type Side } from '../model/index.ts';
import { StoreError } from './errors.ts';
import { buildEventSelect } from './event-query.ts';
import { assignClaimIds, assignEventIds } from './ids.ts';
import { actorMentions, placeMentions } from './mentions.ts';
import { assertNotTooNew, migrate } from './migrate.ts';
import { SCHEMA_VERSION } from './migrations/index.ts';
import { mostMentioned } from './most-mentioned.ts';
import { canonicalJson, recordJson } from './record-json.ts';
import type {
  ActorSummary, EventQuery, EventSummaryRow, RemovedEvent, ReportBatchItem, SaveOutcome, Store, StoredClaim, StoredEvent, StoredReport, UnresolvedPlace,
} from './store.ts';

/** Options of `openSqliteStore`. */
export interface SqliteStoreOptions {
  /** Open an existing file for reading only: no migration, every write throws E_STORE_READONLY. */
  readonly?: boolean;
  /** The clock for `ingested_at` / `updated_at` (ISO strings); tests pass a fixed one. */
  now?: () => string;
  /** How long (ms) to wait for another process's write lock before failing; default 5000. */
  busyTimeoutMs?: number;
}

/** The SQLite store, with the file path it was opened on. */
export interface SqliteStore extends Store {
  readonly path: string;
}

interface ReportRow {
  id: string;
  content_hash: string;
  source: string | null;
  url: string | null;
  published: string | null;
  title: string | null;
  note: string | null;
  text: string;
  format: Report['format'];
  origin: string;
  warnings: string;
  event_count: number;
  ingested_at: string;
  updated_at: string;
}

interface RecordRow {
  id: string;
  record: string;
  updated_at: string;
}

/**
 * Opens (creating and migrating when needed) the SQLite store at `path`: WAL journal, foreign
 * keys on, a busy timeout so concurrent writers queue instead of failing. `:memory:` works for
 * throwaway stores.
 *
 * @throws StoreError E_STORE_OPEN (unreadable, not a database, missing in read-only mode),
 *   E_STORE_SCHEMA_TOO_NEW (written by a newer Frontwatch), E_STORE_SCHEMA_OUTDATED (read-only open of
 *   an older file), E_STORE_MIGRATION.
 * @example
 * const store = openSqliteStore('./frontwatch.db');
 * store.saveReport(report, events, claims); // 'inserted'
 * store.events({ since: '2017-06-01', side: 'government', bbox: [37, 34, 40, 36] });
 * store.close();
 */
export function openSqliteStore(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
  const readonly = opts.readonly === true;
  const now = opts.now ?? (() => new Date().toISOString());
  const db = openDatabase(path, readonly, opts.busyTimeoutMs ?? 5000);
  try {
    prepareSchema(db, path, readonly, now);
  } catch (err) {
    db.close();
    throw err;
  }
  return createSqliteStore(db, path, readonly, now);
}

function openDatabase(path: string, readonly: boolean, timeout: number): Database.Database {
  let db: Database.Database;
  try {
    db = new Database(path, { readonly, fileMustExist: readonly, timeout });
  } catch (err) {
    throw new StoreError('E_STORE_OPEN', `cannot open ${path}: ${messageOf(err)}`, { cause: err });
  }
  try {
    // The first statement reads the header: this is where a file that is not a database fails.
    if (!readonly) db.pragma('journal_mode = WAL');
    // WAL + NORMAL keeps every committed transaction through a process crash (not through power loss) at a fraction of FULL's fsyncs.
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Reads through a memory map and a 64 MB page cache: a bbox query then touches no syscalls (~1 ms instead of ~3 on 100k events).
    db.pragma('mmap_size = 268435456');
    db.pragma('cache_size = -65536');
  } catch (err) {
    db.close();
    throw new StoreError('E_STORE_OPEN', `cannot open ${path}: ${messageOf(err)}`, { cause: err });
  }
  return db;
}

function prepareSchema(db: Database.Database, path: string, readonly: boolean, now: () => string): void {
  try {
    if (!readonly) {
      migrate(db, path, now);
      return;
    }
    const version = assertNotTooNew(db, path);
    if (version < SCHEMA_VERSION) {
      throw new StoreError(
        'E_STORE_SCHEMA_OUTDATED',
        `${path} has schema version ${version}, this Frontwatch needs ${SCHEMA_VERSION}: open it once without read-only to migrate it`,
      );
    }
  } catch (err) {
    if (StoreError.is(err)) throw err;
    throw new StoreError('E_STORE_OPEN', `cannot open ${path}: ${messageOf(err)}`, { cause: err });
  }
}

function createSqliteStore(db: Database.Database, path: string, readonly: boolean, now: () => string): SqliteStore {
  const q = {
    reportIdByHash: db.prepare<[string], { id: string }>('SELECT id FROM reports WHERE content_hash = ?'),
    reportById: db.prepare<[string], ReportRow>('SELECT * FROM reports WHERE id = ?'),
    allReports: db.prepare<[], ReportRow>('SELECT * FROM reports ORDER BY id'),
    eventsOfReport: db.prepare<[string], RecordRow>('SELECT id, record, updated_at FROM events WHERE report_id = ? ORDER BY seq'),
    eventById: db.prepare<[string], RecordRow>('SELECT id, record, updated_at FROM events WHERE id = ?'),
    claimsOfReport: db.prepare<[string], RecordRow>("SELECT id, record, '' AS updated_at FROM claims WHERE report_id = ? ORDER BY seq"),
    allClaims: db.prepare<[], RecordRow>("SELECT id, record, '' AS updated_at FROM claims ORDER BY report_id, seq"),
    unresolved: db.prepare<[], { name: string; name_key: string; report_id: string; mentions: number }>(
      'SELECT name, name_key, report_id, mentions FROM place_mentions WHERE gazetteer_id IS NULL AND lat IS NULL',
    ),
    actorRows: db.prepare<[], { name: string; name_key: string; side: string; mentions: number }>(
      'SELECT name, name_key, side, mentions FROM actor_mentions',
    ),
    removedSince: db.prepare<[string], RemovedEvent>(
      'SELECT id, report_id, removed_at FROM event_removals WHERE removed_at >= ? ORDER BY removed_at, id',
    ),
    dateExtent: db.prepare<[], { first: string | null; last: string | null }>('SELECT min(date) AS first, max(date) AS last FROM events'),
    sides: db.prepare<[], Side>('SELECT DISTINCT actor_side FROM events ORDER BY actor_side').pluck(),
    types: db.prepare<[], EventType>('SELECT DISTINCT type FROM events ORDER BY type').pluck(),
    counts: db.prepare<[], { reports: number; events: number; claims: number }>(
      'SELECT (SELECT count(*) FROM reports) AS reports, (SELECT count(*) FROM events) AS events, (SELECT count(*) FROM claims) AS claims',
    ),
  };
  const write = readonly ? null : prepareWrites(db);
  // Event queries come in few shapes (one per combination of filters): each is prepared once.
  const selects = new Map<string, Database.Statement<[Record<string, string | number>], unknown>>();
  const statement = <Row>(sql: string) => {
    let st = selects.get(sql);
    if (st === undefined) selects.set(sql, (st = db.prepare<[Record<string, string | number>], unknown>(sql)));
    return st as Database.Statement<[Record<string, string | number>], Row>;
  };

  function saveOne(report: Report, events: readonly EventRecord[], claims: readonly ClaimRecord[]): SaveOutcome {
    if (write === null) throw new StoreError('E_STORE_READONLY', `${path} is open read-only: cannot save report ${report.id}`);
    assertBelongs(report, events, claims);
    const holder = q.reportIdByHash.get(report.contentHash);
    if (holder !== undefined && holder.id !== report.id) return 'duplicate';

    const eventIds = assignEventIds(report.contentHash, events);
    const claimIds = assignClaimIds(report.contentHash, claims);
    const time = now();
    const existing = q.reportById.get(report.id);
    if (existing === undefined) {
      write.insertReport.run(reportParams(report, events.length, claims.length, time, time));
      writeChildren(write, report, events, eventIds, claims, claimIds, () => time);
      return 'inserted';
    }

    const storedEvents = q.eventsOfReport.all(report.id);
    const storedClaims = q.claimsOfReport.all(report.id);
    const newEventJson = events.map(recordJson);
    const newClaimJson = claims.map(recordJson);
    if (
      sameReport(existing, report) &&
      sameRecords(storedEvents, eventIds, newEventJson) &&
      sameRecords(storedClaims, claimIds, newClaimJson)
    ) {
      return 'unchanged';
    }

    const keptTimes = survivingTimes(storedEvents, eventIds, newEventJson);
    const nextIds = new Set(eventIds);
    for (const row of storedEvents) {
      if (!nextIds.has(row.id)) write.insertRemoval.run({ id: row.id, report_id: report.id, removed_at: time });
    }
    for (const del of write.deleteChildren) del.run(report.id);
    write.updateReport.run(reportParams(report, events.length, claims.length, existing.ingested_at, time));
    writeChildren(write, report, events, eventIds, claims, claimIds, (id) => keptTimes.get(id) ?? time);
    return 'updated';
  }

  const saveBatch = db.transaction((batch: readonly ReportBatchItem[]) =>
    batch.map(({ report, events, claims }) => {
      try {
        return saveOne(report, events, claims);
      } catch (err) {
        throw asStoreError(err, `report ${report.id}`);
      }
    }),
  );

  return {
    path,
    saveReport(report, events, claims) {
      // IMMEDIATE takes the write lock up front: the duplicate check and the writes see the same file.
      const [outcome] = saveBatch.immediate([{ report, events, claims }]);
      if (outcome === undefined) throw new Error('unreachable: a batch of one yields one outcome');
      return outcome;
    },
    saveReports(batch) {
      return saveBatch.immediate(batch);
    },
    getReport(id) {
      const row = q.reportById.get(id);
      return row === undefined ? null : toStoredReport(row);
    },
    listReports() {
      return q.allReports.all().map(toStoredReport);
    },
    events(query: EventQuery = {}) {
      const { sql, params } = buildEventSelect(query);
      return statement<RecordRow>(sql).all(params).map(toStoredEvent);
    },
    eventSummaries(query: EventQuery = {}) {
      const { sql, params } = buildEventSelect(query, 'summary');
      return statement<EventSummaryRow>(sql).all(params);
    },
    eventExtent() {
      const { first, last } = q.dateExtent.get() ?? { first: null, last: null };
      return { first, last, sides: q.sides.all(), types: q.types.all() };
    },
    getEvent(id) {
      const row = q.eventById.get(id);
      return row === undefined ? null : toStoredEvent(row);
    },
    removedEvents(since = '') {
      return q.removedSince.all(since);
    },
    claims(reportId) {
      const rows = reportId === undefined ? q.allClaims.all() : q.claimsOfReport.all(reportId);
      return rows.map(toStoredClaim);
    },
    unresolvedPlaces(): UnresolvedPlace[] {
      return mostMentioned(q.unresolved.all(), (r) => r.name_key).map((group) => ({
        name: group.name,
        mentions: group.mentions,
        reportIds: [...new Set(group.rows.map((r) => r.report_id))].sort(),
      }));
    },
    actors(): ActorSummary[] {
      return mostMentioned(q.actorRows.all(), (r) => `${r.name_key}\u0000${r.side}`).map((group) => ({
        name: group.name,
        side: group.rows[0]?.side as Side,
        mentions: group.mentions,
      }));
    },
    counts() {
      return q.counts.get() ?? { reports: 0, events: 0, claims: 0 };
    },
    close() {
      db.close();
    },
  };
}

type Writes = ReturnType<typeof prepareWrites>;

const REPORT_COLUMNS = [
  'id', 'content_hash', 'source', 'source_key', 'url', 'published', 'title', 'note', 'text', 'format', 'origin', 'warnings',
  'event_count', 'claim_count', 'ingested_at', 'updated_at',
] as const;

function prepareWrites(db: Database.Database) {
  const named = (cols: readonly string[]) => cols.map((c) => `@${c}`).join(', ');
  return {
    insertReport: db.prepare(`INSERT INTO reports (${REPORT_COLUMNS.join(', ')}) VALUES (${named(REPORT_COLUMNS)})`),
    updateReport: db.prepare(
      `UPDATE reports SET ${REPORT_COLUMNS.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`,
    ),
    insertEvent: db.prepare(`INSERT INTO events (
      id, report_id, seq, type, subtype, modality, factual, actor_name, actor_side, opponent_side,
      place_name, place_canonical, place_search, gazetteer_id, lat, lon, place_precision, admin1,
      date, date_end, date_precision, confidence, rule, span_start, span_end, record, updated_at
    ) VALUES (
      @id, @report_id, @seq, @type, @subtype, @modality, @factual, @actor_name, @actor_side, @opponent_side,
      @place_name, @place_canonical, @place_search, @gazetteer_id, @lat, @lon, @place_precision, @admin1,
      @date, @date_end, @date_precision, @confidence, @rule, @span_start, @span_end, @record, @updated_at
    )`),
    insertClaim: db.prepare(`INSERT INTO claims (
      id, report_id, seq, kind, value, unit, qualifier, date, rule, span_start, span_end, record
    ) VALUES (@id, @report_id, @seq, @kind, @value, @unit, @qualifier, @date, @rule, @span_start, @span_end, @record)`),
    insertPlace: db.prepare(`INSERT INTO place_mentions (report_id, name_key, name, gazetteer_id, canonical, lat, lon, precision, mentions)
      VALUES (@report_id, @name_key, @name, @gazetteer_id, @canonical, @lat, @lon, @precision, @mentions)`),
    insertRemoval: db.prepare('INSERT OR REPLACE INTO event_removals (id, report_id, removed_at) VALUES (@id, @report_id, @removed_at)'),
    insertActor: db.prepare(`INSERT INTO actor_mentions (report_id, name_key, name, side, mentions)
      VALUES (@report_id, @name_key, @name, @side, @mentions)`),
    deleteChildren: ['events', 'claims', 'place_mentions', 'actor_mentions'].map((table) =>
      db.prepare<[string]>(`DELETE FROM ${table} WHERE report_id = ?`),
    ),
  };
}

function writeChildren(
  write: Writes,
  report: Report,
  events: readonly EventRecord[],
  eventIds: readonly string[],
  claims: readonly ClaimRecord[],
  claimIds: readonly string[],
  updatedAt: (eventId: string) => string,
): void {
  events.forEach((e, seq) => {
    const id = eventIds[seq] ?? '';
    try {
      write.insertEvent.run(eventParams(e, id, seq, updatedAt(id)));
    } catch (err) {
      throw asStoreError(err, `report ${report.id}, event #${seq} (rule ${e.rule}, id ${id})`);
    }
  });
  claims.forEach((c, seq) => {
    try {
      write.insertClaim.run(claimParams(c, claimIds[seq] ?? '', seq));
    } catch (err) {
      throw asStoreError(err, `report ${report.id}, claim #${seq} (rule ${c.rule})`);
    }
  });
  for (const p of placeMentions(events)) write.insertPlace.run({ report_id: report.id, ...p });
  for (const a of actorMentions(events)) write.insertActor.run({ report_id: report.id, ...a });
}

function reportParams(r: Report, eventCount: number, claimCount: number, ingestedAt: string, updatedAt: string) {
  return {
    id: r.id,
    content_hash: r.contentHash,
    source: r.source,
    source_key: r.source?.toLowerCase() ?? null,
    url: r.url,
    published: r.published,
    title: r.title,
    note: r.note,
    text: r.text,
    format: r.format,
    origin: r.origin,
    warnings: JSON.stringify(r.warnings),
    event_count: eventCount,
    claim_count: claimCount,
    ingested_at: ingestedAt,
    updated_at: updatedAt,
  };
}

function eventParams(e: EventRecord, id: string, seq: number, updatedAt: string) {
  const place = e.place;
  return {
    id,
    report_id: e.report_id,
    seq,
    type: e.type,
    subtype: e.subtype,
    modality: e.modality,
    factual: isFactual(e.modality) ? 1 : 0,
    actor_name: e.actor.name,
    actor_side: e.actor.side,
    opponent_side: e.opponent?.side ?? null,
    place_name: place?.name ?? null,
    place_canonical: place?.canonical ?? null,
    place_search: place === null ? null : `${place.name}\n${place.canonical ?? ''}`.toLowerCase(),
    gazetteer_id: place?.gazetteer_id ?? null,
    lat: place?.lat ?? null,
    lon: place?.lon ?? null,
    place_precision: place?.precision ?? null,
    admin1: place?.admin1 ?? null,
    date: e.date,
    date_end: e.date_end,
    date_precision: e.date_precision,
    confidence: e.confidence,
    rule: e.rule,
    span_start: e.span[0],
    span_end: e.span[1],
    record: recordJson(e),
    updated_at: updatedAt,
  };
}

function claimParams(c: ClaimRecord, id: string, seq: number) {
  return {
    id,
    report_id: c.report_id,
    seq,
    kind: c.kind,
    value: c.value,
    unit: c.unit,
    qualifier: c.qualifier,
    date: c.date,
    rule: c.rule,
    span_start: c.span[0],
    span_end: c.span[1],
    record: recordJson(c),
  };
}

/** Every record must name the report it is saved with: a mismatch is a caller bug, refused before writing. */
function assertBelongs(report: Report, events: readonly EventRecord[], claims: readonly ClaimRecord[]): void {
  const stranger = [...events, ...claims].find((r) => r.report_id !== report.id);
  if (stranger !== undefined) {
    throw new StoreError('E_STORE_INVALID', `report ${report.id}: a record names report_id "${stranger.report_id}"`);
  }
}

/** Same content and metadata; `origin` (where the file was read from) does not count. */
function sameReport(row: ReportRow, r: Report): boolean {
  return (
    row.content_hash === r.contentHash &&
    row.text === r.text &&
    row.source === r.source &&
    row.url === r.url &&
    row.published === r.published &&
    row.title === r.title &&
    row.note === r.note &&
    row.format === r.format &&
    row.warnings === JSON.stringify(r.warnings)
  );
}

/**
 * `updated_at` of the stored events that an update keeps with the same id and the same record:
 * they keep their time, so `updatedSince` pollers skip them.
 */
function survivingTimes(stored: readonly RecordRow[], ids: readonly string[], json: readonly string[]): Map<string, string> {
  const nextJson = new Map(ids.map((id, i) => [id, json[i] ?? '']));
  const kept = new Map<string, string>();
  for (const row of stored) {
    const next = nextJson.get(row.id);
    if (next !== undefined && canonicalJson(next) === canonicalJson(row.record)) kept.set(row.id, row.updated_at);
  }
  return kept;
}

function sameRecords(stored: readonly RecordRow[], ids: readonly string[], json: readonly string[]): boolean {
  return (
    stored.length === ids.length &&
    stored.every((row, i) => row.id === ids[i] && canonicalJson(row.record) === canonicalJson(json[i] ?? ''))
  );
}

function toStoredReport(row: ReportRow): StoredReport {
  return {
    id: row.id,
    source: row.source,
    url: row.url,
    published: row.published,
    title: row.title,
    note: row.note,
    text: row.text,
    contentHash: row.content_hash,
    format: row.format,
    origin: row.origin,
    warnings: JSON.parse(row.warnings) as string[],
    ingested_at: row.ingested_at,
    updated_at: row.updated_at,
    event_count: row.event_count,
  };
}

function toStoredEvent(row: RecordRow): StoredEvent {
  const record = JSON.parse(row.record) as EventRecord;
  return { id: row.id, ...record, updated_at: row.updated_at };
}

function toStoredClaim(row: RecordRow): StoredClaim {
  const record = JSON.parse(row.record) as ClaimRecord;
  return { id: row.id, ...record };
}

/** Wraps SQLite failures in a StoreError that says which report or row failed; StoreErrors pass through. */
function asStoreError(err: unknown, where: string): unknown {
  if (StoreError.is(err) || !(err instanceof Database.SqliteError)) return err;
  if (err.code.startsWith('SQLITE_CONSTRAINT')) {
    return new StoreError('E_STORE_CONSTRAINT', `${where}: ${err.message}; nothing of this save was written`, { cause: err });
  }
  if (err.code.startsWith('SQLITE_READONLY')) return new StoreError('E_STORE_READONLY', `${where}: ${err.message}`, { cause: err });
  return err;
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
