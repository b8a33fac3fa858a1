/**
 * Dev measurement: extracts every report of a corpus folder (header block, `---`, body) and writes
 * the events as JSON Lines, for ../shared/tools/score.py.
 * usage: node --import tsx scripts/dev-extract.ts CORPUS_REPORTS_DIR OUT.jsonl [--geo] [--debug ID]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { extractReport } from '../src/extract/index.ts';
import type { Geocoder, Report } from '../src/model/index.ts';

const [dir, out, ...flags] = process.argv.slice(2);
if (!dir || !out) throw new Error('usage: dev-extract.ts REPORTS_DIR OUT.jsonl [--geo] [--debug ID]');
const debugId = flags.includes('--debug') ? flags[flags.indexOf('--debug') + 1] : undefined;

let geocoder: Geocoder | undefined;
if (flags.includes('--geo')) {
  const geo: { loadSyriaGeocoder?: () => Geocoder } = await import('../src/geo/index.ts');
  geocoder = geo.loadSyriaGeocoder?.();
}

function readReport(path: string): Report {
  const raw = readFileSync(path, 'utf8');
  const sep = raw.indexOf('\n---\n');
  const head = sep >= 0 ? raw.slice(0, sep) : '';
  const text = sep >= 0 ? raw.slice(sep + 5) : raw;
  const field = (k: string): string | null => new RegExp(`^${k}:\\s*(.*)$`, 'm').exec(head)?.[1]?.trim() ?? null;
  const published = field('published');
  return {
    id: basename(path).replace(/\.[^.]+$/, ''), source: field('source'), url: field('url'), title: field('title'), note: field('note'),
    published: published && /^\d{4}-\d\d-\d\d$/.test(published) ? published : null,
    text, contentHash: '', format: 'text', origin: path, warnings: [],
  };
}

const lines: string[] = [];
const t0 = performance.now();
for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  const report = readReport(join(dir, f));
  const debug = report.id === debugId ? (m: () => string) => console.error(m()) : undefined;
  const { events } = extractReport(report, { ...(geocoder ? { geocoder } : {}), ...(debug ? { debug } : {}) });
  for (const e of events) lines.push(JSON.stringify(e));
}
writeFileSync(out, lines.join('\n') + '\n');
console.error(`${lines.length} events in ${(performance.now() - t0).toFixed(0)} ms`);
