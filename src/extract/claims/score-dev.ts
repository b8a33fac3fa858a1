/**
 * Scores extractClaims against the `claims` of a gold corpus (not a test): a claim matches a gold
 * claim of the same report with the same value (within 2 %, after converting square miles) and the
 * same kind, or both in percent (the gold files call shares area or count). One-to-one.
 * Run: npx tsx src/extract/claims/score-dev.ts ../shared/corpus/dev [--verbose]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readReports } from '../../ingest/index.ts';
import type { ClaimRecord } from '../../model/index.ts';
import { extractClaims } from './index.ts';

interface GoldClaim {
  kind: string;
  value: number;
  unit: string;
  km2?: number;
  quote: string;
}

const corpus = process.argv[2] ?? '../shared/corpus/dev';
const verbose = process.argv.includes('--verbose');
const tally = new Map<string, { tp: number; fp: number; fn: number }>();
const count = (kind: string): { tp: number; fp: number; fn: number } => {
  const t = tally.get(kind) ?? { tp: 0, fp: 0, fn: 0 };
  tally.set(kind, t);
  return t;
};
const goldValue = (g: GoldClaim): number => (g.unit === 'sq mi' && g.km2 !== undefined ? g.km2 : g.value);
const sameClaim = (g: GoldClaim, p: ClaimRecord): boolean =>
  Math.abs(goldValue(g) - p.value) <= 0.02 * goldValue(g) + 0.5 && (g.kind === p.kind || (g.unit === 'percent' && p.unit === 'percent'));

for await (const result of readReports([join(corpus, 'reports')])) {
  if (!result.ok) continue;
  const report = result.report;
  const goldFile = JSON.parse(await readFile(join(corpus, 'gold', `${report.id}.json`), 'utf8')) as { claims?: GoldClaim[] };
  const gold = goldFile.claims ?? [];
  const used = new Set<number>();
  for (const p of extractClaims(report)) {
    const j = gold.findIndex((g, k) => !used.has(k) && sameClaim(g, p));
    if (j >= 0) used.add(j);
    count(p.kind)[j >= 0 ? 'tp' : 'fp']++;
    if (verbose && j < 0) console.log(`extra ${report.id} ${p.kind} ${p.value} ${p.unit} [${p.rule}] | ${p.quote}`);
  }
  gold.forEach((g, k) => {
    if (used.has(k)) return;
    count(g.kind).fn++;
    if (verbose) console.log(`miss  ${report.id} ${g.kind} ${g.value} ${g.unit} | ${g.quote}`);
  });
}

const ratio = (a: number, b: number): string => (b === 0 ? '-' : (a / b).toFixed(2));
const all = { tp: 0, fp: 0, fn: 0 };
for (const [kind, t] of tally) {
  console.log(`${kind.padEnd(9)} precision ${ratio(t.tp, t.tp + t.fp)}  recall ${ratio(t.tp, t.tp + t.fn)}  (${t.tp} matched, ${t.fp} extra, ${t.fn} missed)`);
  all.tp += t.tp;
  all.fp += t.fp;
  all.fn += t.fn;
}
console.log(`all       precision ${ratio(all.tp, all.tp + all.fp)}  recall ${ratio(all.tp, all.tp + all.fn)}  (${all.tp} matched, ${all.fp} extra, ${all.fn} missed)`);
