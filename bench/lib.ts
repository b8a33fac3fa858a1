/**
 * Small helpers shared by the bench sections: machine line, timers, percentiles, peak memory,
 * and the table every section prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseReportFile } from '../src/ingest/index.ts';
import type { Report } from '../src/model/index.ts';

/** One measured figure. `goal` is a human-readable target; `ok` says whether it was met (null: no goal). */
export interface Figure {
  metric: string;
  value: number | string | null;
  unit: string;
  goal?: string;
  ok?: boolean | null;
  note?: string;
}

/** What a section returns: its figures (for the table) and any detail worth keeping in results.json. */
export interface SectionResult {
  figures: Figure[];
  details?: Record<string, unknown>;
}

export type Log = (line: string) => void;

export interface MachineInfo {
  cpu: string;
  cores: number;
  totalMemGb: number;
  node: string;
  platform: string;
  loadAvgAtStart: number[];
}

export function machine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    totalMemGb: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAvgAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100),
  };
}

export function machineLine(m: MachineInfo): string {
  return `${m.cpu}, ${m.cores} cores, ${m.totalMemGb} GB RAM, Node ${m.node}, load average at start ${m.loadAvgAtStart.join(' / ')}`;
}

/** Process CPU time (user + system) in ms. */
export function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Wall and CPU time of a synchronous function. */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const c0 = cpuMs();
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0, cpuMs: cpuMs() - c0 };
}

/** Nearest-rank percentile of an unsorted list (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounds to `digits` significant decimals, keeping integers readable. */
export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/**
 * Peak resident memory of this process. `resourceUsage().maxRSS` is the kernel's high-water mark
 * (KiB) and catches peaks inside synchronous loops that a timer could not sample; `sample()` also
 * records the current RSS so a section can report the peak of one phase.
 */
export class PeakRss {
  private peak = 0;
  constructor() {
    this.sample();
  }
  sample(): void {
    this.peak = Math.max(this.peak, process.memoryUsage().rss);
  }
  /** Peak sampled since construction (or the last reset), in MB. */
  sampledMb(): number {
    this.sample();
    return Math.round(this.peak / 1e6);
  }
  reset(): void {
    this.peak = 0;
    this.sample();
  }
}

/** The process's lifetime peak RSS (kernel high-water mark) in MB. */
export function maxRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS * 1024) / 1e6);
}

/** Formats a number for a table: thousands separators, a sensible number of decimals. */
export function fmt(v: number | string | null | undefined): string {
  if (v === null || v === undefined) return '–';
  if (typeof v === 'string') return v;
  if (!Number.isFinite(v)) return String(v);
  const abs = Math.abs(v);
  const digits = abs >= 100 ? 0 : abs >= 10 ? 1 : 2;
  return v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
}

/** A plain-text table: header, rule, rows; columns padded to their widest cell. */
export function table(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function verdict(ok: boolean | null | undefined): string {
  return ok === true ? 'met' : ok === false ? 'MISSED' : '';
}

export function figuresTable(figures: readonly Figure[]): string {
  return table(
    ['metric', 'value', 'unit', 'goal', ''],
    figures.map((f) => [f.metric, fmt(f.value), f.unit, f.goal ?? '', verdict(f.ok)]),
  );
}

/** Seeded PRNG (mulberry32): every run builds the same workload. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The reports of a corpus folder (header block, `---`, body), in file-name order. */
export function readFolder(dir: string): Report[] {
  const out: Report[] = [];
  for (const f of readdirSync(dir).sort()) {
    const path = join(dir, f);
    for (const r of parseReportFile(readFileSync(path), path)) if (r.ok) out.push(r.report);
  }
  return out;
}
