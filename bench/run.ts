/**
 * `npm run bench` — every section, or the ones named: `npm run bench -- extraction control`.
 * Each section runs in its own process (bench/section.ts) so its peak memory is its own and a
 * stuck section is killed at its time limit. Prints a table per section and a summary, and writes
 * bench/out/results.json (machine, load average, every figure; sections not run this time keep
 * their previous figures, with their own date).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { figuresTable, machine, machineLine, type Figure } from './lib.ts';

/** Sections in run order, with the time after which a section is killed. */
const SECTIONS: Array<{ name: string; title: string; limitS: number }> = [
  { name: 'extraction', title: 'Extraction (≥ 20 MB corpus from the sample reports)', limitS: 480 },
  { name: 'gazetteer', title: 'Gazetteer look-ups', limitS: 120 },
  { name: 'store', title: 'Store (SQLite, 100,000 events)', limitS: 360 },
  { name: 'control', title: 'Control and analysis (100,000 events, Syria at res 7)', limitS: 420 },
  { name: 'api', title: 'HTTP API under load (autocannon, 50 connections)', limitS: 300 },
  { name: 'web', title: 'Web: time to first rendered map (headless Chromium)', limitS: 360 },
];

const OUT_DIR = join(import.meta.dirname, 'out');
const OUT_FILE = join(OUT_DIR, 'results.json');

interface SectionOutput {
  status: 'ok' | 'failed' | 'timeout';
  seconds?: number;
  measuredAt?: string;
  processPeakRssMb?: number;
  figures: Figure[];
  details?: Record<string, unknown>;
  error?: string;
  loadAvgBefore?: number[];
}

function runSection(name: string, limitS: number, tmp: string): Promise<SectionOutput> {
  const outFile = join(tmp, `${name}.json`);
  const loadAvgBefore = os.loadavg().map((x) => Math.round(x * 100) / 100);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'section.ts'), name, outFile], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_TMP: tmp },
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, limitS * 1000);
    child.on('exit', () => {
      clearTimeout(timer);
      const measuredAt = new Date().toISOString();
      if (timedOut) return resolve({ status: 'timeout', error: `killed after ${limitS} s`, figures: [], measuredAt, loadAvgBefore });
      try {
        resolve({ ...(JSON.parse(readFileSync(outFile, 'utf8')) as SectionOutput), measuredAt, loadAvgBefore });
      } catch {
        resolve({ status: 'failed', error: 'no result written', figures: [], measuredAt, loadAvgBefore });
      }
    });
  });
}

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown section(s): ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = SECTIONS.filter((s) => wanted.length === 0 || wanted.includes(s.name));

const m = machine();
console.log(`Frontwatch bench — ${new Date().toISOString()}`);
console.log(`machine: ${machineLine(m)}`);
if (m.loadAvgAtStart[0]! > m.cores) console.log(`note: the machine is loaded (load ${m.loadAvgAtStart[0]} on ${m.cores} cores): wall-clock figures are pessimistic; CPU-time figures are the steadier ones.`);

const tmp = mkdtempSync(join(os.tmpdir(), 'frontwatch-bench-'));
const results: Record<string, SectionOutput> = {};
const t0 = performance.now();
try {
  for (const s of chosen) {
    console.log(`\n== ${s.title} ==`);
    results[s.name] = await runSection(s.name, s.limitS, tmp);
    const r = results[s.name]!;
    if (r.status !== 'ok') console.log(`  ${s.name}: ${r.status}${r.error ? ` (${r.error})` : ''}`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const totalS = Math.round((performance.now() - t0) / 1000);

// Keep earlier figures of sections not run this time.
let previous: { sections?: Record<string, SectionOutput> } = {};
if (existsSync(OUT_FILE)) {
  try {
    previous = JSON.parse(readFileSync(OUT_FILE, 'utf8')) as typeof previous;
  } catch {
    previous = {};
  }
}
const sections = { ...(previous.sections ?? {}), ...results };
mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(
  OUT_FILE,
  JSON.stringify({ generatedAt: new Date().toISOString(), machine: m, machineLine: machineLine(m), loadAvgAtEnd: os.loadavg(), totalSeconds: totalS, sectionsRun: chosen.map((s) => s.name), sections }, null, 2),
);

console.log(`\n== Summary (${totalS} s) ==`);
const rows: Figure[] = [];
for (const s of chosen) {
  const r = results[s.name]!;
  if (r.status !== 'ok') rows.push({ metric: `${s.name}: ${r.status}`, value: null, unit: '', note: r.error });
  for (const f of r.figures) if (f.goal) rows.push({ ...f, metric: `${s.name}: ${f.metric}` });
}
console.log(figuresTable(rows));
console.log(`\nresults: ${OUT_FILE}`);
process.exit(chosen.every((s) => results[s.name]!.status === 'ok') ? 0 : 1);
