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

/** One day's enclosed regions as cell-id sets per side, drawn once however many pockets ask. */
type RegionsOn = (date: string) => ReadonlyArray<{ side: Side; cells: ReadonlySet<string> }>;

/**
 * A history whose daily regions are remembered: the pockets of one map gallop back over mostly the
 * same change dates, so each earlier map's regions are found once for all of them.
 */
export function sharedRegions(history: PocketHistory, isHostile: HostilityRule = everyoneHostile): RegionsOn {
  const memo = new Map<string, ReturnType<RegionsOn>>();
  return (date) => {
    let regions = memo.get(date);
    if (!regions) {
      const grid = history.gridAt(date);
      const topo = gridTopology(grid);
      regions = enclosedRegions(grid, isHostile, 1).map((r) => ({ side: r.side, cells: new Set(r.members.map((i) => topo.cells[i] ?? '')) }));
      memo.set(date, regions);
    }
    return regions;
  };
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
  regionsOn: RegionsOn = sharedRegions(history, isHostile),
): string {
  // Newest first; the newest change on or before `date` drew the grid the pocket was found on.
  const changes = [...new Set(history.obs.map((o) => o.date).filter((d) => d <= date))].sort().reverse();
  if (changes.length === 0) return date;
  let draws = history.maxSteps ?? 40;
  const exists = (k: number): boolean => {
    draws--;
    const day = changes[k];
    return day !== undefined && regionsOn(day).some((r) => r.side === side && cells.some((c) => r.cells.has(c)));
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
