import type { Command } from 'commander';
import { fuseEvents, type FusedEvent } from '../../control/index.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import type { EventQuery } from '../../store/store.ts';
import { EVENT_FORMATS, formatEvents, type EventFormat } from '../format/events.ts';
import { renderTable } from '../format/table.ts';
import { DEFAULT_DB, parseBbox, parseChoice, parseDay, parsePositiveInt, parseSide, parseType } from '../options.ts';

interface EventFlags {
  db: string;
  format: string;
  since?: string;
  until?: string;
  side?: string;
  type?: string;
  place?: string;
  bbox?: string;
  source?: string;
  report?: string;
  factual?: boolean;
  limit?: string;
  fused?: boolean;
}

/** Turns CLI flags into a validated store query. */
export function eventQueryFromFlags(o: EventFlags): EventQuery {
  return {
    since: o.since ? parseDay(o.since, '--since') : undefined,
    until: o.until ? parseDay(o.until, '--until') : undefined,
    side: o.side ? parseSide(o.side) : undefined,
    type: o.type ? parseType(o.type) : undefined,
    place: o.place,
    bbox: o.bbox ? parseBbox(o.bbox) : undefined,
    source: o.source,
    reportId: o.report,
    factualOnly: o.factual,
    limit: o.limit ? parsePositiveInt(o.limit, '--limit') : undefined,
  };
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('List stored events, filtered')
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .option('-f, --format <format>', `output: ${EVENT_FORMATS.join(', ')}`, 'table')
    .option('--since <date>', 'events on or after YYYY-MM-DD')
    .option('--until <date>', 'events on or before YYYY-MM-DD')
    .option('--side <side>', 'acting side (government, isis, sdf, us_coalition, rebels, hts, turkey)')
    .option('--type <type>', 'event type (capture, withdrawal, clash, airstrike, shelling, advance, siege, attack, other)')
    .option('--place <name>', 'place name contains this text')
    .option('--bbox <w,s,e,n>', 'bounding box in degrees')
    .option('--source <outlet>', 'outlet name')
    .option('--report <id>', 'one report')
    .option('--factual', 'only asserted and reported_earlier events')
    .option('--limit <n>', 'at most this many')
    .option('--fused', 'one record per real-world event with every source (report, outlet, quote), corroboration count and conflicts (JSON Lines, or a table)')
    .addHelpText('after', `
Examples:
  frontwatch events --side government --type capture --since 2017-06-01 --until 2017-06-30
  frontwatch events --bbox 37.0,34.5,39.5,35.8 --format geojson > central.geojson
  frontwatch events --format csv > acled-style.csv
  frontwatch events --fused --format table`)
    .action((o: EventFlags) => {
      const format = parseChoice(o.format, EVENT_FORMATS, '--format') as EventFormat;
      const query = eventQueryFromFlags(o);
      const store = openSqliteStore(o.db, { readonly: true });
      try {
        const reports = new Map(store.listReports().map((r) => [r.id, r.source]));
        const events = store.events(query).map((e) => ({ ...e, source: reports.get(e.report_id) ?? null }));
        if (o.fused) return void process.stdout.write(formatFused(fuseEvents(events), format));
        process.stdout.write(formatEvents(events, format));
      } finally {
        store.close();
      }
    });
}

/** Fused events: JSON Lines for machines, a table for people; other formats take the plain events. */
function formatFused(fused: FusedEvent[], format: EventFormat): string {
  if (format !== 'table') return fused.map((f) => JSON.stringify(f)).join('\n') + (fused.length ? '\n' : '');
  return renderTable(
    ['date', 'type', 'side', 'place', 'sources', 'outlets', 'conflict'],
    fused.map((f) => [f.date ?? '?', f.type, f.side, f.place?.canonical ?? f.place?.name ?? '-', String(f.sources.length), String(f.corroboration), f.conflict ?? '']),
    40,
  ) + '\n';
}
