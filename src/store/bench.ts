/**
 * Store benchmark: ingest speed (one transaction per report, and batched) and the latency of the
 * query the map and the API make most (bbox + date range) on 100,000 events.
 *
 * Run: node --import tsx src/store/bench.ts [EVENTS]
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { seededRandom, syntheticReports } from './fixtures/synthetic.ts';
import { openSqliteStore } from './sqlite.ts';

/**
 * Figures of one benchmark run (times in ms). Wall-clock figures depend on what else the machine
 * runs; the CPU figures (this process's user + system time) are the steadier ones to compare.
 */
export interface StoreBenchResult {
  events: number;
  /** One `saveReport` (one transaction) per report: events per second of wall time and of CPU time. */
  singleEventsPerSec: number;
  singleEventsPerCpuSec: number;
  /** `saveReports` in batches of 200 reports. */
  batchedEventsPerSec: number;
  batchedEventsPerCpuSec: number;
  /** bbox (1.5° × 1°) + one-month date range: median and 95th percentile of 200 queries, and mean CPU per query. */
  bboxDateP50Ms: number;
  bboxDateP95Ms: number;
  bboxDateCpuMs: number;
  /** Mean number of events those queries returned. */
  bboxDateMeanRows: number;
  fileMb: number;
}

const EVENTS_PER_REPORT = 100;

/** Builds two stores of `events` synthetic events in a temp dir and times ingest and queries. */
export function benchStore(events = 100_000): StoreBenchResult {
  const dir = mkdtempSync(join(tmpdir(), 'frontwatch-store-bench-'));
  try {
    const items = syntheticReports(Math.ceil(events / EVENTS_PER_REPORT), EVENTS_PER_REPORT, 7);
    const total = items.length * EVENTS_PER_REPORT;

    const single = openSqliteStore(join(dir, 'single.db'));
    let start = performance.now();
    let cpu = process.cpuUsage();
    for (const { report, events: evs, claims } of items) single.saveReport(report, evs, claims);
    const singleMs = performance.now() - start;
    const singleCpuMs = cpuMs(cpu);

    const batched = openSqliteStore(join(dir, 'batched.db'));
    start = performance.now();
    cpu = process.cpuUsage();
    for (let i = 0; i < items.length; i += 200) batched.saveReports(items.slice(i, i + 200));
    const batchedMs = performance.now() - start;
    const batchedCpuMs = cpuMs(cpu);
    batched.close();

    const random = seededRandom(11);
    const times: number[] = [];
    let rows = 0;
    cpu = process.cpuUsage();
    for (let q = 0; q < 200; q += 1) {
      const west = 35.5 + random() * 5.5;
      const south = 32.3 + random() * 4;
      const month = 1 + Math.floor(random() * 12);
      const since = `2017-${String(month).padStart(2, '0')}-01`;
      const until = `2017-${String(month).padStart(2, '0')}-28`;
      start = performance.now();
      rows += single.events({ bbox: [west, south, west + 1.5, south + 1], since, until }).length;
      times.push(performance.now() - start);
    }
    const queryCpuMs = cpuMs(cpu) / times.length;
    single.close();
    times.sort((a, b) => a - b);
    const { size } = statSync(join(dir, 'single.db'));
    return {
      events: total,
      singleEventsPerSec: Math.round(total / (singleMs / 1000)),
      singleEventsPerCpuSec: Math.round(total / (singleCpuMs / 1000)),
      batchedEventsPerSec: Math.round(total / (batchedMs / 1000)),
      batchedEventsPerCpuSec: Math.round(total / (batchedCpuMs / 1000)),
      bboxDateP50Ms: round(times[Math.floor(times.length * 0.5)] ?? 0),
      bboxDateP95Ms: round(times[Math.floor(times.length * 0.95)] ?? 0),
      bboxDateCpuMs: round(queryCpuMs),
      bboxDateMeanRows: Math.round(rows / times.length),
      fileMb: round(size / 1e6),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (x: number) => Math.round(x * 100) / 100;

function cpuMs(since: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(since);
  return (user + system) / 1000;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(benchStore(Number(process.argv[2] ?? 100_000)));
}
