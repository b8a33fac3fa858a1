import type { Command } from 'commander';
import { Situation } from '../../pipeline/situation.ts';
import { startServer } from '../../server/serve.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { gazetteerWith, userPlaceFiles } from '../geocoder.ts';
import { DEFAULT_DB, parsePositiveInt, parsePositiveNumber } from '../options.ts';
import { SAMPLE_REPORTS, sampleBaselines } from '../sample.ts';
import { actorSideIn, syriaHostility } from '../theater.ts';
import { ingestInto } from './ingest.ts';

interface ServeFlags {
  db: string;
  port: string;
  baseline?: string[];
  sampleBaseline: boolean;
  sample: boolean;
  radius: string;
  places?: string[];
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Start the web map and HTTP API on 127.0.0.1 (ingests the bundled sample into an empty store)')
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .option('--port <n>', 'port', '8750')
    .option('--baseline <file>', 'baseline control file, CSV name,lat,lon,side,date or GeoJSON (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .option('--no-sample-baseline', 'do not add the bundled sample baselines (central Syria, June and July 2017)')
    .option('--no-sample', 'do not ingest the bundled sample reports into an empty store')
    .option('--radius <km>', 'a map cell takes the side of the nearest evidence within this distance', '25')
    .option('--places <file>', 'extra places file (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .addHelpText('after', `
POST /api/reports is enabled only when FRONTWATCH_INGEST_TOKEN is set (send it as a Bearer token).
Examples:
  frontwatch serve                       # http://127.0.0.1:8750/ over ./frontwatch.db
  frontwatch serve --db war.db --baseline front-2017-07.csv --no-sample-baseline`)
    .action(async (o: ServeFlags) => {
      const port = parsePositiveInt(o.port, '--port');
      const radiusKm = parsePositiveNumber(o.radius, '--radius');
      const store = openSqliteStore(o.db);
      const empty = store.counts().reports === 0;
      store.close();
      if (empty && o.sample) {
        const s = await ingestInto(o.db, [SAMPLE_REPORTS], { quiet: true, places: o.places });
        process.stdout.write(`First run: ingested the bundled sample, ${s.inserted} reports and ${s.events} events, into ${o.db}\n`);
      }
      const live = openSqliteStore(o.db);
      const baselineFiles = [...(o.sampleBaseline ? sampleBaselines() : []), ...(o.baseline ?? [])];
      const situation = new Situation(live, { baselineFiles, control: { radiusKm }, isHostile: syriaHostility, sideOf: actorSideIn });
      const { url } = await startServer({
        store: live,
        situation,
        gazetteer: gazetteerWith(userPlaceFiles(o.places)),
        port,
        ingestToken: process.env.FRONTWATCH_INGEST_TOKEN || undefined,
      });
      const c = live.counts();
      process.stdout.write(`${c.reports} reports, ${c.events} events, ${situation.observations.length} control observations (${baselineFiles.length} baseline file(s))\n`);
      process.stdout.write(`Frontwatch is at ${url}  (Ctrl-C to stop)\n`);
    });
}
