import type { ControlGrid, Side } from '../model/index.ts';
import type { GridTopology } from './grid-topology.ts';

/** A held position named in an analysis result. */
export interface NamedPoint {
  name: string;
  lat: number;
  lon: number;
}

/**
 * The positions of `side` that stand in a cell of the part, as named points.
 *
 * @example
 * positionsInside(grid, topo, (i) => inPocket[i] === 1, 'isis'); // [{ name: 'Uqayribat', lat: 35.1, lon: 37.5 }]
 */
export function positionsInside(grid: ControlGrid, topo: GridTopology, inPart: (cell: number) => boolean, side: Side): NamedPoint[] {
  const inside: NamedPoint[] = [];
  grid.positions.forEach((pos, p) => {
    if (pos.side !== side) return;
    const cell = topo.positionCell[p] ?? -1;
    if (cell >= 0 && inPart(cell)) inside.push(named(grid, p));
  });
  return inside;
}

/**
 * Position `p` of the grid as a named point.
 *
 * @example
 * named(grid, 0); // { name: 'al-Hail', lat: 34.66, lon: 38.55 }
 */
export function named(grid: ControlGrid, p: number): NamedPoint {
  const pos = grid.positions[p];
  return { name: pos?.name ?? '', lat: pos?.lat ?? 0, lon: pos?.lon ?? 0 };
}
