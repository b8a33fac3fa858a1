import type Database from 'better-sqlite3';
import { StoreError } from './errors.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

const TRACKING_TABLE = `
CREATE TABLE IF NOT EXISTS schema_migrations (
  version    INTEGER PRIMARY KEY,
  name       TEXT NOT NULL,
  applied_at TEXT NOT NULL
) STRICT`;

/** The schema version recorded in the file: 0 for a new, empty file. Works on read-only connections. */
export function schemaVersion(db: Database.Database): number {
  const tracked = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'`).get();
  if (tracked === undefined) return 0;
  const row = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/** Throws E_STORE_SCHEMA_TOO_NEW when the file is ahead of `migrations` (written by newer code). */
export function assertNotTooNew(db: Database.Database, path: string, migrations: readonly Migration[] = MIGRATIONS): number {
  const version = schemaVersion(db);
  if (version > migrations.length) {
    throw new StoreError(
      'E_STORE_SCHEMA_TOO_NEW',
      `${path} has schema version ${version} but this Frontwatch knows versions up to ${migrations.length}: upgrade Frontwatch to open it`,
    );
  }
  return version;
}

/**
 * Brings the file up to the last of `migrations`, each step in its own IMMEDIATE transaction that
 * re-reads the version first, so two processes opening a new file at once apply each step once.
 * A failing step rolls back and leaves the file at the previous version.
 *
 * @returns the version the file is at afterwards.
 */
export function migrate(db: Database.Database, path: string, now: () => string, migrations: readonly Migration[] = MIGRATIONS): number {
  assertNotTooNew(db, path, migrations);
  db.exec(TRACKING_TABLE);
  for (const step of migrations) {
    db.transaction(() => {
      if (schemaVersion(db) >= step.version) return;
      try {
        db.exec(step.sql);
      } catch (err) {
        throw new StoreError('E_STORE_MIGRATION', `migration ${step.version} (${step.name}) failed on ${path}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
      }
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(step.version, step.name, now());
    }).immediate();
  }
  return schemaVersion(db);
}
