import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { Situation } from '../pipeline/situation.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import type { Store } from '../store/store.ts';
import { DEFAULT_DB, parsePositiveInt, parsePositiveNumber } from './options.ts';
import { sampleBaselines } from './sample.ts';
import { actorSideIn, syriaHostility } from './theater.ts';

export interface EvidenceFlags {
  db?: string;
  baseline?: string[];
  sampleBaseline?: boolean;
  radius: string;
  resolution: string;
}

/** The flags every map command shares: where the evidence comes from and how it becomes areas. */
export function addEvidenceOptions(cmd: Command): Command {
  return cmd
    .option('--baseline <file>', 'baseline control file: CSV name,lat,lon,side,date or GeoJSON points/polygons with side and date (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .option('--db <path>', `also use the factual captures and withdrawals of this store (default ${DEFAULT_DB} when no --baseline is given)`)
    .option('--sample-baseline', 'add the bundled central-Syria baselines of June and July 2017 (default when no --baseline is given)')
    .option('--radius <km>', 'a cell takes the side of the nearest position within this distance', '25')
    .option('--resolution <n>', 'H3 resolution of the grid', '7');
}

/**
 * Evidence in force for a map command. With --baseline alone the file is the whole evidence (a leftover
 * store must not leak into a scenario); with nothing given, the default store plus the sample baselines.
 */
export function situationFrom(o: EvidenceFlags): { situation: Situation; store: Store | null; describe: string } {
  const givenBaselines = o.baseline ?? [];
  const dbPath = o.db ?? (givenBaselines.length ? undefined : DEFAULT_DB);
  const store = dbPath && existsSync(dbPath) ? openSqliteStore(dbPath, { readonly: true }) : null;
  const useSample = o.sampleBaseline ?? givenBaselines.length === 0;
  const baselineFiles = [...(useSample ? sampleBaselines() : []), ...givenBaselines];
  const situation = new Situation(store, {
    baselineFiles,
    isHostile: syriaHostility,
    sideOf: actorSideIn,
    control: { radiusKm: parsePositiveNumber(o.radius, '--radius'), resolution: parsePositiveInt(o.resolution, '--resolution') },
  });
  const describe = `evidence: ${situation.observations.length} observations from ${baselineFiles.length} baseline file(s)${store ? ` and the store ${dbPath}` : ''}`;
  return { situation, store, describe };
}
