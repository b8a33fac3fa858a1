import type { ControlGrid, Side } from '../model/index.ts';
import { greatCircleKm } from './geodesy.ts';
import { cellAt, type GridTopology } from './grid-topology.ts';
import type { HostilityRule } from './hostility.ts';
import { segmentCells } from './segment-cells.ts';

/**
 * Closes the empty-desert gaps in the encircling line. Two positions of sides hostile to `side`,
 * at most `linkKm` apart, whose straight line crosses only hostile and `unknown` cells (no cell of
 * `side`, none of an ally) are joined: the `unknown` cells on that line are marked in `blocked`.
 * Analysts draw the front along a chain of posts; a strip that nobody holds between two posts of
 * the encircling side is not a way out for the encircled side, while a line through its own cells
 * is a real gap (that is what a cut measures).
 *
 * @example
 * linkEncirclingPositions(grid, topo, 'isis', everyoneHostile, blocked, 60); // returns links made
 */
export function linkEncirclingPositions(
  grid: ControlGrid,
  topo: GridTopology,
  side: Side,
  isHostile: HostilityRule,
  blocked: Uint8Array,
  linkKm: number,
): number {
  const unknownIdx = topo.sideNames.indexOf('unknown');
  if (unknownIdx < 0 || linkKm <= 0) return 0;
  const facingUnknown = new Set<number>();
  for (let i = 0; i < topo.cells.length; i++) {
    if (topo.side[i] !== unknownIdx) continue;
    for (let k = 0; k < 6; k++) {
      const j = topo.neighbours[i * 6 + k] ?? -1;
      if (j < 0 || !blocked[j]) continue;
      const p = topo.decidedBy[j] ?? -1;
      const pos = p >= 0 ? grid.positions[p] : undefined;
      if (pos && isHostile(side, pos.side)) facingUnknown.add(p);
    }
  }
  const ends = [...facingUnknown].sort((a, b) => a - b);
  let links = 0;
  for (let x = 0; x < ends.length; x++) {
    const a = grid.positions[ends[x] ?? -1];
    if (!a) continue;
    for (let y = x + 1; y < ends.length; y++) {
      const b = grid.positions[ends[y] ?? -1];
      if (!b) continue;
      const km = greatCircleKm(a.lat, a.lon, b.lat, b.lon);
      if (km > linkKm) continue;
      // Cheap test first: a gap worth closing has unknown cells halfway.
      const mid = cellAt(topo, (a.lat + b.lat) / 2, (a.lon + b.lon) / 2);
      if (mid < 0 || topo.side[mid] !== unknownIdx) continue;
      const line = segmentCells(topo, a, b, km)?.cells;
      if (!line || !line.every((c) => blocked[c] || topo.side[c] === unknownIdx)) continue;
      for (const c of line) blocked[c] = 1;
      links++;
    }
  }
  return links;
}
