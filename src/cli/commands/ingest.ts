import type { Command } from 'commander';
import { expandInputs } from '../../ingest/index.ts';
import { processReports } from '../../pipeline/index.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { PartialFailure } from '../errors.ts';
import { hintIfStdinIsTerminal } from '../stdin-hint.ts';
import { geocoderWith } from '../geocoder.ts';
import { DEFAULT_DB, parsePositiveNumber } from '../options.ts';
import { createProgress } from '../progress.ts';

export interface IngestSummary {
  inserted: number;
  /** Reports already stored under the same id whose content changed: their events were replaced. */
  updated: number;
  duplicates: number;
  failed: number;
  events: number;
  claims: number;
}

/** Ingests inputs into the store at `dbPath`; each report is one transaction, so a killed run loses nothing it committed. */
export async function ingestInto(dbPath: string, inputs: string[], opts: { maxBytes?: number; quiet?: boolean; places?: string[] } = {}): Promise<IngestSummary> {
  const store = openSqliteStore(dbPath);
  const geocoder = geocoderWith(opts.places);
  const summary: IngestSummary = { inserted: 0, updated: 0, duplicates: 0, failed: 0, events: 0, claims: 0 };
  const files = inputs.includes('-') ? [] : await expandInputs(inputs);
  const progress = createProgress(files.length, 'ingest');
  try {
    for await (const item of processReports(inputs, { geocoder, store, maxBytes: opts.maxBytes })) {
      if (item.kind === 'error') {
        summary.failed++;
        process.stderr.write(`${item.error.message}\n`);
        continue;
      }
      progress.tick(item.report.id);
      if (!opts.quiet) for (const w of item.report.warnings) process.stderr.write(`[frontwatch] [ingest] ${item.report.origin}: ${w}\n`);
      if (item.outcome === 'duplicate' || item.outcome === 'unchanged') {
        summary.duplicates++;
        continue;
      }
      if (item.outcome === 'updated') summary.updated++;
      else summary.inserted++;
      summary.events += item.events.length;
      summary.claims += item.claims.length;
    }
  } finally {
    progress.stop();
    store.close();
  }
  return summary;
}

export function registerIngest(program: Command): void {
  program
    .command('ingest')
    .description('Read reports, extract their events and store them (re-running is a no-op)')
    .argument('<paths...>', "report files, folders, globs, or '-' for stdin")
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .option('--max-mb <n>', 'refuse reports larger than this many MB', '64')
    .option('--places <file>', 'extra places file (repeatable; default ./frontwatch-places.json when present)', (v: string, prev: string[] = []) => [...prev, v])
    .addHelpText('after', `
Examples:
  frontwatch ingest samples/syria-2017/reports/
  frontwatch ingest --db war.db 'feeds/**/*.rss' reports.jsonl`)
    .action(async (paths: string[], o: { db: string; maxMb: string; places?: string[] }) => {
      hintIfStdinIsTerminal(paths, 'ingest');
      const s = await ingestInto(o.db, paths, { maxBytes: parsePositiveNumber(o.maxMb, '--max-mb') * 1024 * 1024, places: o.places });
      process.stdout.write(
        `${s.inserted} report(s) stored, ${s.updated} updated, ${s.duplicates} already present, ${s.failed} failed; ${s.events} events, ${s.claims} claims → ${o.db}\n`,
      );
      if (s.failed) throw new PartialFailure(`[frontwatch] ${s.failed} input(s) could not be read (see above); everything else was stored`);
    });
}
