import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSyriaGeocoder } from '../src/geo/index.ts';
import { processReports } from '../src/pipeline/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { Store } from '../src/store/store.ts';

export const FIXTURE_REPORTS = join(import.meta.dirname, 'fixtures/reports');

/** A fresh SQLite file in a temp folder. */
export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'frontwatch-test-')), 'test.db');
}

/** A real store filled by the real pipeline from report files. */
export async function storeWith(inputs: string[], dbPath = tempDbPath()): Promise<Store> {
  const store = openSqliteStore(dbPath);
  for await (const item of processReports(inputs, { store, geocoder: loadSyriaGeocoder() })) {
    if (item.kind === 'error') throw item.error;
  }
  return store;
}
