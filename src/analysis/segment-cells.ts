import { cellAt, type GridTopology } from './grid-topology.ts';

/**
 * The grid cells a straight segment crosses, in order from `a` to `b`, without repeats; null when
 * the segment leaves the grid. Samples every half edge length: on a hexagonal grid two cells met
 * one after the other then always share an edge, so the cells form an unbroken barrier.
 *
 * @example
 * segmentCells(topo, { lat: 35, lon: 38 }, { lat: 35, lon: 38.5 }); // [812, 813, 845, …]
 */
export function segmentCells(
  topo: GridTopology,
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  lengthKm: number,
): number[] | null {
  const steps = Math.max(1, Math.ceil(lengthKm / (topo.edgeKm * 0.5)));
  const cells: number[] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const cell = cellAt(topo, a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t);
    if (cell < 0) return null;
    if (cells[cells.length - 1] !== cell) cells.push(cell);
  }
  return cells;
}
