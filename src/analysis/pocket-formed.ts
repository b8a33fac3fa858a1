import type { ControlGrid, ControlObservation, Side } from '../model/index.ts';
import { gridTopology } from './grid-topology.ts';
import { everyoneHostile, type HostilityRule } from './hostility.ts';
import { enclosedRegions } from './enclosed-regions.ts';

/** The evidence over time a pocket's formation date is searched in. */
export interface PocketHistory {
  /** All observations: the map can only change on their dates. */
  obs: readonly ControlObservation[];
  /** The control grid for a date (usually `(d) => controlAt(obs, d, sameOptions)`). */
  gridAt: (date: string) => ControlGrid;
  /** At most this many earlier maps are drawn; default 120. */
  maxSteps?: number;
}

/**
 * The first date a pocket existed: walking back through the dates on which the evidence changed,
 * the earliest date from which a pocket of the same side sharing a cell with it held on every
 * change date up to `date`. Maps only change on observation dates, so those are the only dates
 * that need drawing. When the search stops at the first observation date (or after `maxSteps`),
 * that date is returned: the pocket existed on it, maybe earlier.
 *
 * @example
 * pocketFormed(pocket.cells, 'isis', '2017-07-15', { obs, gridAt: (d) => controlAt(obs, d, opts) });
 * // '2017-06-28'
 */
export function pocketFormed(
  cells: readonly string[],
  side: Side,
  date: string,
  history: PocketHistory,
  isHostile: HostilityRule = everyoneHostile,
): string {
  const changes = [...new Set(history.obs.map((o) => o.date).filter((d) => d <= date))].sort().reverse();
  let formed = changes[0] ?? date;
  const maxSteps = history.maxSteps ?? 120;
  const wanted = new Set(cells);
  for (const earlier of changes.slice(1, 1 + maxSteps)) {
    if (!existsOn(history.gridAt(earlier), wanted, side, isHostile)) break;
    formed = earlier;
  }
  return formed;
}

function existsOn(grid: ControlGrid, wanted: ReadonlySet<string>, side: Side, isHostile: HostilityRule): boolean {
  const topo = gridTopology(grid);
  return enclosedRegions(grid, isHostile, 1).some(
    (region) => region.side === side && region.members.some((i) => wanted.has(topo.cells[i] ?? '')),
  );
}
