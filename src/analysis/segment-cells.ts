import { cellAt, type GridTopology } from './grid-topology.ts';

/** The cells a segment crosses, in order, and the fraction of the way (0..1) at which each is entered. */
export interface SegmentCells {
  cells: number[];
  enteredAt: number[];
}

/**
 * The grid cells a straight segment crosses, in order from `a` to `b`, without repeats; null when
 * the segment leaves the grid. Samples every half edge length: on a hexagonal grid two cells met
 * one after the other then always share an edge, so the cells form an unbroken barrier.
 *
 * @example
 * segmentCells(topo, { lat: 35, lon: 38 }, { lat: 35, lon: 38.5 }); // { cells: [812, 813, 845, …], enteredAt: [0, 0.02, 0.05, …] }
 */
export function segmentCells(
  topo: GridTopology,
  a: { lat: number; lon: number },
  b: { lat: number; lon: number },
  lengthKm: number,
): SegmentCells | null {
  const steps = Math.max(1, Math.ceil(lengthKm / (topo.edgeKm * 0.5)));
  const cells: number[] = [];
  const enteredAt: number[] = [];
  for (let s = 0; s <= steps; s++) {
    const t = s / steps;
    const cell = cellAt(topo, a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t);
    if (cell < 0) return null;
    if (cells[cells.length - 1] !== cell) {
      cells.push(cell);
      enteredAt.push(t);
    }
  }
  return { cells, enteredAt };
}
