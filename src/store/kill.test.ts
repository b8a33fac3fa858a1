/**
 * Crash safety: a child process saving reports is SIGKILLed, then the file is checked. A report is
 * either wholly stored (its row, all its events, claims and mentions) or absent, and saving the
 * same reports again adds nothing twice.
 */
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loopClaimCount, loopEventCount, loopItem } from './fixtures/loop-reports.ts';
import { openSqliteStore } from './sqlite.ts';

const dir = mkdtempSync(join(tmpdir(), 'frontwatch-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const script = fileURLToPath(new URL('./fixtures/save-loop.ts', import.meta.url));

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** Highest i of the `saved i` lines: every report up to it was committed before the kill. */
  lastSaved: number;
}

/** Runs the save loop; with `killAfterSaved`, SIGKILLs it from outside once that many reports are saved. */
function runChild(db: string, args: string[], killAfterSaved?: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, db, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    const lastSaved = () => Math.max(-1, ...[...stdout.matchAll(/^saved (\d+)$/gm)].map((m) => Number(m[1])));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (killAfterSaved !== undefined && lastSaved() + 1 >= killAfterSaved) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, lastSaved: lastSaved() }));
  });
}

/** Checks the file as a crash leaves it: integrity, no orphans, each stored report whole. Returns the stored loop indices. */
function assertOnlyWholeReports(db: string): number[] {
  const raw = new Database(db);
  try {
    expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(raw.pragma('foreign_key_check')).toEqual([]);
    const rows = raw
      .prepare(`SELECT r.id, r.event_count, r.claim_count,
          (SELECT count(*) FROM events e WHERE e.report_id = r.id) AS events,
          (SELECT count(*) FROM claims c WHERE c.report_id = r.id) AS claims,
          (SELECT count(*) FROM place_mentions p WHERE p.report_id = r.id) AS places,
          (SELECT count(*) FROM actor_mentions a WHERE a.report_id = r.id) AS actors
        FROM reports r`)
      .all() as Array<{ id: string; event_count: number; claim_count: number; events: number; claims: number; places: number; actors: number }>;
    const indices = rows.map((r) => Number(r.id.replace('loop-', ''))).sort((a, b) => a - b);
    for (const row of rows) {
      const i = Number(row.id.replace('loop-', ''));
      expect(row).toEqual({
        id: row.id, event_count: loopEventCount(i), claim_count: loopClaimCount(i),
        events: loopEventCount(i), claims: loopClaimCount(i), places: 13, actors: 3,
      });
    }
    return indices;
  } finally {
    raw.close();
  }
}

/** Saves loop reports 0..count-1 in this process; returns how many of each outcome. */
function saveAgain(db: string, count: number): Record<string, number> {
  const store = openSqliteStore(db);
  const tally: Record<string, number> = {};
  for (let i = 0; i < count; i += 1) {
    const { report, events, claims } = loopItem(i);
    const outcome = store.saveReport(report, events, claims);
    tally[outcome] = (tally[outcome] ?? 0) + 1;
  }
  const counts = store.counts();
  store.close();
  let events = 0;
  let claims = 0;
  for (let i = 0; i < count; i += 1) {
    events += loopEventCount(i);
    claims += loopClaimCount(i);
  }
  expect(counts).toEqual({ reports: count, events, claims });
  return tally;
}

describe('SIGKILL during ingest', () => {
  it('killed from outside at a random point: committed reports are whole, the rest absent, a re-run adds each once', async () => {
    const db = join(dir, 'outside.db');
    const run = await runChild(db, ['100000'], 20);
    expect(run.signal).toBe('SIGKILL');
    const stored = assertOnlyWholeReports(db);
    // Everything the child reported as saved was committed, and nothing beyond one in-flight save.
    expect(stored.slice(0, run.lastSaved + 1)).toEqual(Array.from({ length: run.lastSaved + 1 }, (_, i) => i));
    expect(stored.length).toBeGreaterThanOrEqual(20);
    expect(stored).toEqual(Array.from({ length: stored.length }, (_, i) => i));

    const total = stored.length + 5;
    expect(saveAgain(db, total)).toEqual({ unchanged: stored.length, inserted: 5 });
  });

  it('killed inside a transaction (mid-way through a report’s events): that report is absent', async () => {
    const db = join(dir, 'inside.db');
    const run = await runChild(db, ['10', '5:10']);
    expect(run.signal).toBe('SIGKILL');
    expect(run.stdout).toContain('killing inside loop-5');
    expect(run.lastSaved).toBe(4);
    expect(assertOnlyWholeReports(db)).toEqual([0, 1, 2, 3, 4]);
    expect(saveAgain(db, 10)).toEqual({ unchanged: 5, inserted: 5 });
  });
});

describe('two processes ingesting into one file', () => {
  it('queue on the write lock: both finish, each report is stored once and whole', async () => {
    const db = join(dir, 'concurrent.db');
    openSqliteStore(db).close(); // migrate first, so the race is about reports, not schema
    const runs = await Promise.all([runChild(db, ['15']), runChild(db, ['15'])]);
    expect(runs.map((r) => [r.code, r.lastSaved])).toEqual([[0, 14], [0, 14]]);
    expect(assertOnlyWholeReports(db)).toEqual(Array.from({ length: 15 }, (_, i) => i));
  });
});
