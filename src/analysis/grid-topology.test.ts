import { gridDisk, polygonToCells } from 'h3-js';
import { describe, expect, it } from 'vitest';
import type { ControlGrid, Side } from '../model/index.ts';
import { gridTopology } from './grid-topology.ts';
import { CENTRE, squareExtent } from './test-support.ts';

function gridOf(cells: string[], side: Side = 'unknown'): ControlGrid {
  return { date: '2017-06-01', resolution: 7, radiusKm: 25, cells: new Map(cells.map((c) => [c, side])), decidedBy: new Map(), positions: [] };
}

describe('gridTopology', () => {
  const cells = polygonToCells(squareExtent(CENTRE.lat, CENTRE.lon, 80).coordinates, 7, true);

  it('finds the same neighbours and border cells as H3', () => {
    const topo = gridTopology(gridOf(cells));
    topo.cells.forEach((cell, i) => {
      const h3 = gridDisk(cell, 1).filter((c) => c !== cell);
      const inside = h3.map((c) => topo.indexOf.get(c)).filter((j): j is number => j !== undefined).sort((a, b) => a - b);
      const mine = [...topo.neighbours.subarray(i * 6, i * 6 + 6)].filter((j) => j >= 0).sort((a, b) => a - b);
      expect(mine).toEqual(inside);
      expect(topo.onEdge[i]).toBe(inside.length < 6 ? 1 : 0);
    });
  });

  it('shares the cell frame between grids over the same cells, and reads each grid’s sides', () => {
    const a = gridTopology(gridOf(cells, 'isis'));
    const b = gridTopology(gridOf(cells, 'sdf'));
    expect(a.neighbours).toBe(b.neighbours);
    expect(a.sideNames).toEqual(['isis']);
    expect(b.sideNames).toEqual(['sdf']);
  });

  it('rejects a grid without cells', () => {
    expect(() => gridTopology(gridOf([]))).toThrow(/\[frontwatch\] \[analysis\] grid: has no cells/);
  });
});
