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
  /** At most this many earlier maps are drawn; default 40. */
  maxSteps?: number;
}

/**
 * The first date a pocket existed: the earliest of the dates on which the evidence changed from
 * which a pocket of the same side sharing a cell with it exists. Maps only change on observation
 * dates, so only those dates are drawn, and a pocket forms once: the search gallops back (1, 2, 4,
 * … change dates) until the pocket is gone, then bisects, so a year of daily evidence costs about
 * 2·log2(365) ≈ 17 maps (at most `maxSteps`). When the pocket already existed on the first
 * observation date, that date is returned: it may be older.
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
  // Newest first; the newest change on or before `date` drew the grid the pocket was found on.
  const changes = [...new Set(history.obs.map((o) => o.date).filter((d) => d <= date))].sort().reverse();
  if (changes.length === 0) return date;
  const wanted = new Set(cells);
  let draws = history.maxSteps ?? 40;
  const exists = (k: number): boolean => {
    draws--;
    const day = changes[k];
    return day !== undefined && existsOn(history.gridAt(day), wanted, side, isHostile);
  };
  let held = 0;
  let gone = changes.length;
  for (let step = 1; draws > 0; step *= 2) {
    const k = Math.min(held + step, changes.length - 1);
    if (k === held) break;
    if (!exists(k)) {
      gone = k;
      break;
    }
    held = k;
  }
  while (gone - held > 1 && draws > 0) {
    const mid = (held + gone) >> 1;
    if (exists(mid)) held = mid;
    else gone = mid;
  }
  return changes[held] ?? date;
}

function existsOn(grid: ControlGrid, wanted: ReadonlySet<string>, side: Side, isHostile: HostilityRule): boolean {
  const topo = gridTopology(grid);
  return enclosedRegions(grid, isHostile, 1).some(
    (region) => region.side === side && region.members.some((i) => wanted.has(topo.cells[i] ?? '')),
  );
}
