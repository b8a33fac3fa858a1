/**
 * Extraction throughput: a ≥ 20 MB in-memory corpus built from the team's sample reports (repeated
 * with varied ids and publication dates), run through `extractReport` with the default geocoder,
 * and `chrono.parse` alone over the same texts in the same run (goal: Frontwatch ≤ 1.5× chrono).
 * The two are interleaved block by block, so that both meet the same load on a shared machine.
 * Also the dev corpus in ../shared/corpus/dev/reports when it exists (throughput only).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chrono from 'chrono-node';
import { extractReport } from '../src/extract/index.ts';
import { loadSyriaGeocoder } from '../src/geo/index.ts';
import type { Report } from '../src/model/index.ts';
import { addDays, cpuMs, maxRssMb, PeakRss, readFolder, round, timed, type Figure, type Log, type SectionResult } from './lib.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SAMPLES = join(ROOT, 'samples/syria-2017/reports');
const DEV = resolve(ROOT, '../shared/corpus/dev/reports');
const TARGET_BYTES = Number(process.env.BENCH_EXTRACT_MB ?? 20) * 1e6;
/** Stop a pass after this long even if the corpus is not finished (the rate stays honest). */
const PASS_LIMIT_MS = Number(process.env.BENCH_EXTRACT_LIMIT_S ?? 150) * 1000;

/** Repeats the samples until `bytes` of text: ids and publication dates vary per copy. */
function buildCorpus(samples: readonly Report[], bytes: number): { reports: Report[]; bytes: number } {
  const reports: Report[] = [];
  let total = 0;
  for (let copy = 0; total < bytes; copy++) {
    for (const r of samples) {
      const published = r.published ? addDays(r.published, (copy % 60) - 30) : null;
      reports.push({ ...r, id: `${r.id}-x${copy}`, published });
      total += Buffer.byteLength(r.text, 'utf8');
    }
  }
  return { reports, bytes: total };
}

interface Pass {
  reports: number;
  bytes: number;
  ms: number;
  cpuMs: number;
  events: number;
  complete: boolean;
}

function pass(reports: readonly Report[], each: (r: Report) => number): Pass {
  const c0 = cpuMs();
  const t0 = performance.now();
  let bytes = 0;
  let events = 0;
  let n = 0;
  let complete = true;
  for (const r of reports) {
    events += each(r);
    bytes += Buffer.byteLength(r.text, 'utf8');
    n++;
    if ((n & 63) === 0 && performance.now() - t0 > PASS_LIMIT_MS) {
      complete = n === reports.length;
      break;
    }
  }
  return { reports: n, bytes, ms: performance.now() - t0, cpuMs: cpuMs() - c0, events, complete };
}

const mbps = (p: Pass, cpu = false) => p.bytes / 1e6 / ((cpu ? p.cpuMs : p.ms) / 1000);

/** Reports per block of the interleaved passes: small enough that load changes hit both alike. */
const BLOCK = 64;

const emptyPass = (): Pass => ({ reports: 0, bytes: 0, ms: 0, cpuMs: 0, events: 0, complete: true });

/** Adds one timed run of `each` over `block` to `into`. */
function timeBlock(into: Pass, block: readonly Report[], bytes: number, each: (r: Report) => number): void {
  const c0 = cpuMs();
  const t0 = performance.now();
  for (const r of block) into.events += each(r);
  into.ms += performance.now() - t0;
  into.cpuMs += cpuMs() - c0;
  into.reports += block.length;
  into.bytes += bytes;
}

/**
 * Frontwatch and chrono over the same reports, block by block (Frontwatch first in each block),
 * until the corpus ends or either has run PASS_LIMIT_MS. Peak RSS is sampled after Frontwatch's blocks.
 */
function interleaved(reports: readonly Report[], frontwatch: (r: Report) => number, chronoParse: (r: Report) => number, rss: PeakRss): { fw: Pass; ch: Pass } {
  const fw = emptyPass();
  const ch = emptyPass();
  for (let i = 0; i < reports.length; i += BLOCK) {
    const block = reports.slice(i, i + BLOCK);
    const bytes = block.reduce((sum, r) => sum + Buffer.byteLength(r.text, 'utf8'), 0);
    timeBlock(fw, block, bytes, frontwatch);
    rss.sample();
    timeBlock(ch, block, bytes, chronoParse);
    if (fw.ms > PASS_LIMIT_MS || ch.ms > PASS_LIMIT_MS) break;
  }
  fw.complete = ch.complete = fw.reports === reports.length;
  return { fw, ch };
}

/** chrono-node's `parse` alone, with the report's publication day as reference (as Frontwatch gets it). */
const chronoParse = (r: Report): number => chrono.parse(r.text, r.published ? new Date(`${r.published}T12:00:00Z`) : undefined).length;

export async function run(log: Log): Promise<SectionResult> {
  const samples = readFolder(SAMPLES);
  const corpus = buildCorpus(samples, TARGET_BYTES);
  log(`corpus: ${samples.length} sample reports repeated → ${corpus.reports.length} reports, ${(corpus.bytes / 1e6).toFixed(1)} MB`);

  const geo = timed(() => loadSyriaGeocoder());
  const geocoder = geo.value;
  log(`default geocoder loaded in ${geo.ms.toFixed(0)} ms`);

  // Warm-up (JIT, lazily compiled matchers, gazetteer index) on one copy of the samples, not timed.
  for (const r of samples) extractReport(r, { geocoder });
  for (const r of samples) chronoParse(r);

  const rss = new PeakRss();
  const { fw, ch } = interleaved(corpus.reports, (r) => extractReport(r, { geocoder }).events.length, chronoParse, rss);
  const fwPeakMb = rss.sampledMb();
  const stopped = fw.complete ? '' : ' (stopped at the time limit)';
  log(`frontwatch: ${fw.reports} reports, ${(fw.bytes / 1e6).toFixed(1)} MB in ${(fw.ms / 1000).toFixed(1)} s wall (${(fw.cpuMs / 1000).toFixed(1)} s cpu), ${fw.events} events${stopped}`);
  log(`chrono.parse: ${ch.reports} reports, ${(ch.bytes / 1e6).toFixed(1)} MB in ${(ch.ms / 1000).toFixed(1)} s wall (${(ch.cpuMs / 1000).toFixed(1)} s cpu), same blocks${stopped}`);

  // Ratio of times over the same text (both passes ran the same blocks).
  const ratioWall = fw.ms / ch.ms;
  const ratioCpu = fw.cpuMs / ch.cpuMs;

  const figures: Figure[] = [
    { metric: 'corpus size', value: round(fw.bytes / 1e6, 1), unit: 'MB', note: `${fw.reports} reports` },
    { metric: 'frontwatch reports/s', value: round(fw.reports / (fw.ms / 1000)), unit: 'reports/s' },
    { metric: 'frontwatch MB/s (wall)', value: round(mbps(fw)), unit: 'MB/s' },
    { metric: 'frontwatch MB/s (cpu)', value: round(mbps(fw, true)), unit: 'MB/s' },
    { metric: 'chrono.parse MB/s (wall)', value: round(mbps(ch)), unit: 'MB/s' },
    { metric: 'chrono.parse MB/s (cpu)', value: round(mbps(ch, true)), unit: 'MB/s' },
    { metric: 'time ratio frontwatch/chrono (cpu)', value: round(ratioCpu), unit: '×', goal: '≤ 1.5×', ok: ratioCpu <= 1.5 },
    { metric: 'time ratio frontwatch/chrono (wall)', value: round(ratioWall), unit: '×' },
    { metric: 'peak RSS during extraction', value: fwPeakMb, unit: 'MB' },
  ];

  const details: Record<string, unknown> = { frontwatch: fw, chrono: ch, geocoderLoadMs: round(geo.ms) };
  if (existsSync(DEV)) {
    const dev = readFolder(DEV);
    for (const r of dev.slice(0, 3)) extractReport(r, { geocoder });
    // Several rounds so the figure is not a few milliseconds of noise.
    const rounds = 5;
    const all = Array.from({ length: rounds }, (_, k) => dev.map((r) => ({ ...r, id: `${r.id}-d${k}` }))).flat();
    const d = pass(all, (r) => extractReport(r, { geocoder }).events.length);
    log(`dev corpus: ${dev.length} reports × ${rounds}, ${(d.bytes / 1e6).toFixed(2)} MB in ${(d.ms / 1000).toFixed(2)} s`);
    figures.push(
      { metric: 'dev corpus reports/s', value: round(d.reports / (d.ms / 1000)), unit: 'reports/s', note: `${dev.length} reports × ${rounds}` },
      { metric: 'dev corpus MB/s (wall)', value: round(mbps(d)), unit: 'MB/s' },
      { metric: 'dev corpus MB/s (cpu)', value: round(mbps(d, true)), unit: 'MB/s' },
    );
    details.dev = { ...d, reportsInCorpus: dev.length, rounds };
  } else {
    log('dev corpus not found (../shared/corpus/dev/reports): skipped');
  }
  figures.push({ metric: 'process peak RSS (maxRSS)', value: maxRssMb(), unit: 'MB' });
  return { figures, details };
}
