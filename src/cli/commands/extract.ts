import type { Command } from 'commander';
import type { EventRecord } from '../../model/index.ts';
import { processReports } from '../../pipeline/index.ts';
import { PartialFailure } from '../errors.ts';
import { hintIfStdinIsTerminal } from '../stdin-hint.ts';
import { geocoderWith } from '../geocoder.ts';
import { EVENT_FORMATS, formatEvents, type EventFormat } from '../format/events.ts';
import { parseChoice, parsePositiveNumber } from '../options.ts';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Extract events from report files and print them (no database)')
    .argument('<files...>', "report files, folders, globs, or '-' for stdin")
    .option('-f, --format <format>', `output: ${EVENT_FORMATS.join(', ')}`, 'jsonl')
    .option('--claims', 'print numeric claims (JSON Lines) instead of events')
    .option('--max-mb <n>', 'refuse reports larger than this many MB', '64')
    .option('--places <file>', 'extra places file (repeatable; default ./frontwatch-places.json when present)', (v: string, prev: string[] = []) => [...prev, v])
    .option('-v, --verbose', 'print extraction notes for each report on stderr')
    .addHelpText('after', `
Examples:
  frontwatch extract --format jsonl reports/*.txt > events.jsonl
  frontwatch extract --format table samples/syria-2017/reports/
  cat report.txt | frontwatch extract -`)
    .action(async (files: string[], o: { format: string; claims?: boolean; maxMb: string; verbose?: boolean; places?: string[] }) => {
      const format = parseChoice(o.format, EVENT_FORMATS, '--format') as EventFormat;
      const maxBytes = parsePositiveNumber(o.maxMb, '--max-mb') * 1024 * 1024;
      const geocoder = geocoderWith(o.places);
      hintIfStdinIsTerminal(files, 'extract');
      const events: EventRecord[] = [];
      let failures = 0;
      for await (const item of processReports(files, { geocoder, maxBytes })) {
        if (item.kind === 'error') {
          failures++;
          process.stderr.write(`${item.error.message}\n`);
          continue;
        }
        for (const w of item.report.warnings) process.stderr.write(`[frontwatch] [ingest] ${item.report.origin}: ${w}\n`);
        if (o.verbose) for (const n of item.notes) process.stderr.write(`[frontwatch] [extract] ${item.report.id}: ${n}\n`);
        if (o.claims) {
          for (const c of item.claims) process.stdout.write(JSON.stringify(c) + '\n');
        } else if (format === 'jsonl') {
          process.stdout.write(formatEvents(item.events, 'jsonl')); // stream: a 50 MB run shows results as it goes
        } else {
          events.push(...item.events);
        }
      }
      if (!o.claims && format !== 'jsonl') process.stdout.write(formatEvents(events, format));
      if (failures) throw new PartialFailure(`[frontwatch] ${failures} input(s) could not be read (see above)`);
    });
}
