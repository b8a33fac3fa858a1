import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testStore } from './contract.ts';
import { StoreError } from './errors.ts';
import { makeEvent, makeReport } from './fixtures/records.ts';
import { migrate, schemaVersion } from './migrate.ts';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index.ts';
import { openSqliteStore } from './sqlite.ts';
import { buildEventSelect } from './event-query.ts';
import type { EventQuery } from './store.ts';

const dir = mkdtempSync(join(tmpdir(), 'frontwatch-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const tempDb = () => join(dir, `${randomUUID()}.db`);
const fixedNow = () => '2017-07-01T00:00:00.000Z';

testStore('sqlite (temp file)', ({ now }) => openSqliteStore(tempDb(), { now }));

describe('openSqliteStore', () => {
  it('keeps what it saved across close and reopen, in WAL mode with foreign keys on', () => {
    const path = tempDb();
    const store = openSqliteStore(path, { now: fixedNow });
    store.saveReport(makeReport('kept', 'Kept across reopen.'), [makeEvent('kept')], []);
    store.close();

    const again = openSqliteStore(path, { now: fixedNow });
    expect(again.counts()).toEqual({ reports: 1, events: 1, claims: 0 });
    again.close();

    const raw = new Database(path, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(raw.prepare('SELECT version, name FROM schema_migrations').all()).toEqual([{ version: 1, name: 'init' }, { version: 2, name: 'event-removals' }, { version: 3, name: 'event-list' }]);
    raw.close();
  });

  it('declares events.report_id a foreign key: an event of a missing report is refused', () => {
    const path = tempDb();
    const store = openSqliteStore(path, { now: fixedNow });
    store.saveReport(makeReport('fk', 'Foreign keys.'), [makeEvent('fk')], []);
    store.close();
    const raw = new Database(path);
    raw.pragma('foreign_keys = ON');
    expect(() => raw.prepare("INSERT INTO events (id, report_id, seq, type, modality, factual, actor_name, actor_side, date_precision, confidence, rule, span_start, span_end, record, updated_at) VALUES ('x', 'missing', 0, 'clash', 'asserted', 1, 'a', 'isis', 'day', 1, 'r', 0, 1, '{}', 't')").run())
      .toThrow(/FOREIGN KEY/);
    raw.close();
  });

  it('opens read-only: reads work, writes fail with E_STORE_READONLY', () => {
    const path = tempDb();
    const writer = openSqliteStore(path, { now: fixedNow });
    writer.saveReport(makeReport('ro', 'Read only.'), [makeEvent('ro')], []);
    writer.close();
    const reader = openSqliteStore(path, { readonly: true });
    expect(reader.events({})).toHaveLength(1);
    expect(() => reader.saveReport(makeReport('ro2', 'More.'), [], [])).toThrow(
      expect.objectContaining({ code: 'E_STORE_READONLY' }),
    );
    reader.close();
  });

  it('sees another connection’s commits (two processes sharing one file)', () => {
    const path = tempDb();
    const writer = openSqliteStore(path, { now: fixedNow });
    const reader = openSqliteStore(path, { readonly: true });
    expect(reader.counts().reports).toBe(0);
    writer.saveReport(makeReport('shared', 'Shared file.'), [makeEvent('shared')], []);
    expect(reader.counts()).toEqual({ reports: 1, events: 1, claims: 0 });
    writer.close();
    reader.close();
  });

  it('fails with E_STORE_OPEN on a missing file in read-only mode and on a file that is not a database', () => {
    expect(() => openSqliteStore(join(dir, 'absent.db'), { readonly: true })).toThrow(expect.objectContaining({ code: 'E_STORE_OPEN' }));
    const junk = join(dir, 'junk.db');
    writeFileSync(junk, 'this is a text file, not a database '.repeat(200));
    expect(() => openSqliteStore(junk)).toThrow(expect.objectContaining({ code: 'E_STORE_OPEN', message: expect.stringContaining(junk) }));
  });

  it('refuses a file written by newer code with E_STORE_SCHEMA_TOO_NEW', () => {
    const path = tempDb();
    const raw = new Database(path);
    migrate(raw, path, fixedNow, [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'future', sql: 'CREATE TABLE future (x INTEGER)' }]);
    raw.close();
    for (const readonly of [false, true]) {
      expect(() => openSqliteStore(path, { readonly })).toThrow(
        expect.objectContaining({ code: 'E_STORE_SCHEMA_TOO_NEW', message: expect.stringContaining(`schema version ${SCHEMA_VERSION + 1}`) }),
      );
    }
  });

  it('refuses a read-only open of an older file with E_STORE_SCHEMA_OUTDATED, and migrates it on a read-write open', () => {
    const path = tempDb();
    new Database(path).exec('CREATE TABLE unrelated (x INTEGER)');
    expect(() => openSqliteStore(path, { readonly: true })).toThrow(expect.objectContaining({ code: 'E_STORE_SCHEMA_OUTDATED' }));
    openSqliteStore(path).close();
    const store = openSqliteStore(path, { readonly: true });
    expect(store.counts()).toEqual({ reports: 0, events: 0, claims: 0 });
    store.close();
  });
  it('fills event_list from the stored events when it migrates a version-2 file', () => {
    const path = tempDb();
    const store = openSqliteStore(path, { now: fixedNow });
    store.saveReport(makeReport('old', 'An old report.'), [makeEvent('old', { rule: 'r1' }), makeEvent('old', { rule: 'r2', place: null, date: null })], []);
    const expected = store.events().map((e) => e.id);
    store.close();
    // Back to what version 2 wrote: no event_list.
    const raw = new Database(path);
    raw.exec('DROP TRIGGER event_list_insert; DROP TRIGGER event_list_delete; DROP TABLE event_list; DELETE FROM schema_migrations WHERE version = 3');
    raw.close();
    const again = openSqliteStore(path, { now: fixedNow });
    expect(again.eventSummaries().map((row) => row.id)).toEqual(expected);
    again.close();
  });
});

describe('migrate', () => {
  it('applies pending steps in order, once, and records each', () => {
    const db = new Database(':memory:');
    const later = () => '2017-08-01T00:00:00.000Z';
    expect(migrate(db, ':memory:', fixedNow, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(migrate(db, ':memory:', later, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(migrate(db, ':memory:', later, MIGRATIONS)).toBe(MIGRATIONS.length);
    expect(db.prepare('SELECT version, name, applied_at FROM schema_migrations ORDER BY version').all()).toEqual(
      MIGRATIONS.map((m) => ({ version: m.version, name: m.name, applied_at: m.version === 1 ? fixedNow() : later() })),
    );
  });

  it('rolls a failing step back whole and leaves the file at the last good version', () => {
    const db = new Database(':memory:');
    const broken = { version: SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half_done (x INTEGER); CREATE TABLE reports (x INTEGER);' };
    let caught: unknown;
    try {
      migrate(db, 'test.db', fixedNow, [...MIGRATIONS, broken]);
    } catch (err) {
      caught = err;
    }
    expect(StoreError.is(caught, 'E_STORE_MIGRATION')).toBe(true);
    expect((caught as Error).message).toContain(`migration ${SCHEMA_VERSION + 1} (broken) failed on test.db`);
    expect(schemaVersion(db)).toBe(SCHEMA_VERSION);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'half_done'").get()).toBeUndefined();
  });
});

describe('query plans', () => {
  const planOf = (query: EventQuery) => {
    const db = new Database(':memory:');
    migrate(db, ':memory:', fixedNow);
    const { sql, params } = buildEventSelect(query);
    const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params).map((row) => (row as { detail: string }).detail);
    db.close();
    return plan.join('\n');
  };

  it('answers bbox + date from the spatial index, and a date range from the date index', () => {
    expect(planOf({ since: '2017-06-01', until: '2017-06-30', bbox: [38, 34, 39, 35] })).toMatch(/events_rtree VIRTUAL TABLE INDEX/);
    expect(planOf({ bbox: [179, -1, -179, 1] })).toMatch(/events_rtree VIRTUAL TABLE INDEX/);
    expect(planOf({ since: '2017-06-01', until: '2017-06-30' })).toMatch(/USING INDEX events_date/);
    expect(planOf({ updatedSince: '2017-07-01T00:00:00.000Z' })).toMatch(/USING INDEX events_updated/);
  });
});
