import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { syriaOutline } from '../control/index.ts';
import { Situation } from '../pipeline/situation.ts';
import { openSqliteStore } from '../store/sqlite.ts';
import type { Store } from '../store/store.ts';
import { anyInBox, parseExtent } from './extent.ts';
import { DEFAULT_DB, parsePositiveInt, parsePositiveNumber } from './options.ts';
import { sampleBaselines } from './sample.ts';
import { actorSideIn, syriaHostility } from './theater.ts';

export interface EvidenceFlags {
  db?: string;
  baseline?: string[];
  sampleBaseline?: boolean;
  radius: string;
  resolution: string;
  extent?: string;
}

/** The flags every map command shares: where the evidence comes from and how it becomes areas. */
export function addEvidenceOptions(cmd: Command): Command {
  return cmd
    .option('--baseline <file>', 'baseline control file: CSV name,lat,lon,side,date or GeoJSON points/polygons with side and date (repeatable)', (v: string, p: string[] = []) => [...p, v])
    .option('--db <path>', `also use the factual captures and withdrawals of this store (default ${DEFAULT_DB} when no --baseline is given)`)
    .option('--sample-baseline', 'add the bundled central-Syria baselines of June and July 2017 (default when no --baseline is given)')
    .option('--radius <km>', 'a cell takes the side of the nearest position within this distance', '25')
    .option('--resolution <n>', 'H3 resolution of the grid', '7')
    .option('--extent <box|file>', "the area mapped: west,south,east,north or a GeoJSON polygon file (default Syria's outline)");
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
  const extent = o.extent ? parseExtent(o.extent) : undefined;
  const situation = new Situation(store, {
    baselineFiles,
    isHostile: syriaHostility,
    sideOf: actorSideIn,
    control: { radiusKm: parsePositiveNumber(o.radius, '--radius'), resolution: parsePositiveInt(o.resolution, '--resolution'), ...(extent ? { extent } : {}) },
  });
  const { observations } = situation;
  // Evidence that lies off the map gives an empty map without a word: say so.
  const offMap = observations.length > 0 && !anyInBox(extent ?? syriaOutline(), observations)
    ? `; none of them is inside the extent (${o.extent ?? "Syria's outline"}): see --extent`
    : '';
  const describe = `evidence: ${observations.length} observations from ${baselineFiles.length} baseline file(s)${store ? ` and the store ${dbPath}` : ''}${offMap}`;
  return { situation, store, describe };
}
