/**
 * Runs one bench section in its own process (so its peak memory is its own) and writes its result
 * as JSON to the file named by the second argument. Used by run.ts; runnable alone:
 *   node --import tsx bench/section.ts extraction /tmp/extraction.json
 */
import { writeFileSync } from 'node:fs';
import { figuresTable, maxRssMb, type SectionResult } from './lib.ts';

const [name, outFile] = process.argv.slice(2);
if (!name) {
  console.error('usage: section.ts NAME [OUT.json]');
  process.exit(2);
}
const log = (line: string) => console.log(`  [${name}] ${line}`);
const t0 = performance.now();
try {
  const mod = (await import(`./${name}.ts`)) as { run: (log: (l: string) => void) => Promise<SectionResult> };
  const result = await mod.run(log);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`\n${figuresTable(result.figures)}\n`);
  const out = { status: 'ok', seconds: Math.round(seconds * 10) / 10, processPeakRssMb: maxRssMb(), ...result };
  if (outFile) writeFileSync(outFile, JSON.stringify(out, null, 2));
  process.exit(0);
} catch (e) {
  console.error(`  [${name}] failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  if (outFile) writeFileSync(outFile, JSON.stringify({ status: 'failed', error: e instanceof Error ? e.message : String(e), figures: [] }, null, 2));
  process.exit(1);
}
