import type { Side } from '../model/index.ts';
import type { ExtentGrid } from './extent-grid.ts';

/**
 * The empty-desert rule, in place on `sides` (one side per grid cell; the caller owns the array):
 * a connected region of `unknown` cells whose whole boundary touches ONE side, and which does not
 * touch the extent's edge, takes that side. Cells in `barrier` are unknown by evidence (a place
 * given up with no known taker): they are never filled and count as a second side around a region.
 * Returns the cells that were filled.
 *
 * @example
 * const filled = fillEnclosedUnknown(grid, sides, barrier); // e.g. [1204, 1205, …]
 */
export function fillEnclosedUnknown(grid: ExtentGrid, sides: Side[], barrier: Uint8Array): number[] {
  const n = grid.cells.length;
  const seen = new Uint8Array(n);
  const filled: number[] = [];
  const stack: number[] = [];
  const region: number[] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start] || sides[start] !== 'unknown' || barrier[start]) continue;
    region.length = 0;
    let around: Side | 'several' | undefined;
    let touchesEdge = false;
    seen[start] = 1;
    stack.push(start);
    while (stack.length > 0) {
      const cell = stack.pop() ?? 0;
      region.push(cell);
      if (grid.onEdge[cell]) touchesEdge = true;
      for (let k = cell * 6; k < cell * 6 + 6; k++) {
        const next = grid.neighbours[k] ?? -1;
        if (next < 0) continue;
        const side = sides[next] ?? 'unknown';
        if (side === 'unknown' && !barrier[next]) {
          if (!seen[next]) {
            seen[next] = 1;
            stack.push(next);
          }
        } else if (around === undefined) {
          around = side;
        } else if (around !== side) {
          around = 'several';
        }
      }
    }
    if (touchesEdge || around === undefined || around === 'several' || around === 'unknown') continue;
    for (const cell of region) {
      sides[cell] = around;
      filled.push(cell);
    }
  }
  return filled;
}
