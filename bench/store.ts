/**
 * Store: bulk insert of 100,000 synthetic events (bench/synthetic.ts: real Syrian places, all of
 * 2017) into a temp SQLite file with `saveReports`, then the latency of bbox + date queries (the
 * query the map and the API make most): p50 / p95 / p99 over a few hundred varied windows.
 */
import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/store/sqlite.ts';
import { cpuMs, percentile, round, seededRandom, timed, type Figure, type Log, type SectionResult } from './lib.ts';
import { benchDbPath, randomQuery, syntheticWar } from './synthetic.ts';

const BATCH_REPORTS = 500;
const QUERIES = 400;
const QUERY_LIMIT_MS = 60_000;

export async function run(log: Log): Promise<SectionResult> {
  const war = timed(() => syntheticWar());
  const { items, events } = war.value;
  log(`synthetic workload: ${events.length} events in ${items.length} reports (built in ${war.ms.toFixed(0)} ms)`);
  const dir = mkdtempSync(join(tmpdir(), 'frontwatch-bench-store-'));
  try {
    const path = join(dir, 'bench.db');
    const store = openSqliteStore(path);
    const insert = timed(() => {
      for (let i = 0; i < items.length; i += BATCH_REPORTS) store.saveReports(items.slice(i, i + BATCH_REPORTS));
    });
    const counts = store.counts();
    log(`saveReports (batches of ${BATCH_REPORTS} reports): ${counts.events} events in ${(insert.ms / 1000).toFixed(1)} s wall, ${(insert.cpuMs / 1000).toFixed(1)} s cpu`);

    // One transaction per report (what `frontwatch ingest` does report by report), on a second file.
    const single = openSqliteStore(join(dir, 'single.db'));
    const some = items.slice(0, 1000);
    const one = timed(() => {
      for (const it of some) single.saveReport(it.report, it.events, it.claims);
    });
    const singleEvents = some.reduce((a, it) => a + it.events.length, 0);
    single.close();
    log(`saveReport one by one: ${singleEvents} events (${some.length} reports) in ${(one.ms / 1000).toFixed(1)} s`);

    const random = seededRandom(7);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < 5; i++) store.events(randomQuery(random)); // warm the page cache
    const c0 = cpuMs();
    const t0 = performance.now();
    for (let q = 0; q < QUERIES && performance.now() - t0 < QUERY_LIMIT_MS; q++) {
      const query = randomQuery(random);
      const s = performance.now();
      rows += store.events(query).length;
      times.push(performance.now() - s);
    }
    const queryCpu = (cpuMs() - c0) / times.length;
    log(`bbox + date queries: ${times.length}, mean ${Math.round(rows / times.length)} rows, mean cpu ${queryCpu.toFixed(2)} ms`);
    store.close();
    const fileMb = statSync(path).size / 1e6;
    // Hand the file to the api and web sections of the same run (see ensureBenchDb).
    const shared = benchDbPath();
    if (shared.shared) {
      rmSync(shared.path, { force: true });
      renameSync(path, shared.path);
      writeFileSync(shared.marker, String(counts.events));
    }

    const figures: Figure[] = [
      { metric: 'events inserted', value: counts.events, unit: 'events', note: `${counts.reports} reports` },
      { metric: 'bulk insert (saveReports) wall', value: Math.round(counts.events / (insert.ms / 1000)), unit: 'events/s' },
      { metric: 'bulk insert (saveReports) cpu', value: Math.round(counts.events / (insert.cpuMs / 1000)), unit: 'events/s' },
      { metric: 'one transaction per report', value: Math.round(singleEvents / (one.ms / 1000)), unit: 'events/s' },
      { metric: 'database file', value: round(fileMb, 1), unit: 'MB' },
      { metric: 'bbox+date query p50', value: round(percentile(times, 50)), unit: 'ms' },
      { metric: 'bbox+date query p95', value: round(percentile(times, 95)), unit: 'ms' },
      { metric: 'bbox+date query p99', value: round(percentile(times, 99)), unit: 'ms' },
      { metric: 'rows per query (mean)', value: Math.round(rows / times.length), unit: 'rows' },
    ];
    return {
      figures,
      details: { insertMs: round(insert.ms), insertCpuMs: round(insert.cpuMs), queries: times.length, queryMeanCpuMs: round(queryCpu), singleReports: some.length, singleMs: round(one.ms) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
