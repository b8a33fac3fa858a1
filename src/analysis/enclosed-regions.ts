import type { ControlGrid, Side } from '../model/index.ts';
import { gridTopology } from './grid-topology.ts';
import type { HostilityRule } from './hostility.ts';

/** A pocket as cells only: what the date-series search compares. */
export interface EnclosedRegion {
  side: Side;
  /** Cell numbers of the grid's topology, ascending. */
  members: number[];
  /** Is the cell (a topology number) one of the region's? */
  has: (cell: number) => boolean;
  around: Side[];
}

/**
 * The connected regions of one side whose every neighbouring cell is in the grid and held by a
 * hostile side: pockets without their measures.
 *
 * @example
 * enclosedRegions(grid, everyoneHostile, 1).map((r) => r.side); // ['isis']
 */
export function enclosedRegions(grid: ControlGrid, isHostile: HostilityRule, minCells: number): EnclosedRegion[] {
  const topo = gridTopology(grid);
  const n = topo.cells.length;
  const component = new Int32Array(n).fill(-1);
  const regions: EnclosedRegion[] = [];
  let next = 0;
  for (let start = 0; start < n; start++) {
    if (component[start] !== -1) continue;
    const sideIdx = topo.side[start] ?? 0;
    const side = topo.sideNames[sideIdx] ?? 'unknown';
    const id = next++;
    const members = [start];
    component[start] = id;
    let enclosed = side !== 'unknown';
    const around = new Set<Side>();
    for (let head = 0; head < members.length; head++) {
      const i = members[head] ?? 0;
      if (topo.onEdge[i]) enclosed = false;
      for (let k = 0; k < 6; k++) {
        const j = topo.neighbours[i * 6 + k] ?? -1;
        if (j < 0) continue;
        const other = topo.side[j] ?? 0;
        if (other === sideIdx) {
          if (component[j] === -1) {
            component[j] = id;
            members.push(j);
          }
        } else {
          const otherSide = topo.sideNames[other] ?? 'unknown';
          around.add(otherSide);
          if (!isHostile(side, otherSide)) enclosed = false;
        }
      }
    }
    if (!enclosed || members.length < minCells || around.size === 0) continue;
    regions.push({ side, members: members.sort((a, b) => a - b), has: (cell) => component[cell] === id, around: [...around].sort() });
  }
  return regions;
}
