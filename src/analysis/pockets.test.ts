import { area } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/index.ts';
import type { ControlGrid, ControlObservation } from '../model/index.ts';
import { findPockets } from './pockets.ts';
import { CENTRE, held, onCircle, squareExtent } from './test-support.ts';
import { destination } from './geodesy.ts';
import { hostileExceptAllies } from './hostility.ts';

const extent = squareExtent(CENTRE.lat, CENTRE.lon, 300);
const DATE = '2017-06-01';

/** 72 government posts on a 40 km circle around one ISIS-held town: the ISIS area is the 72-gon 20 km from the centre. */
function ringScenario(centre = CENTRE, prefix = 'a'): ControlObservation[] {
  return [...onCircle(`${prefix}-gov`, centre, 40, 72, 'government'), held(`${prefix}-town`, centre.lat, centre.lon, 'isis')];
}

function snapshot(grid: ControlGrid): string {
  return JSON.stringify({ ...grid, cells: [...grid.cells], decidedBy: [...grid.decidedBy] });
}

describe('findPockets', () => {
  it('finds a ring of one side around another, with both areas within 5% of the analytic values', () => {
    const [pocket, ...others] = findPockets(controlAt(ringScenario(), DATE, { extent }));
    expect(others).toEqual([]);
    expect(pocket?.side).toBe('isis');
    expect(pocket?.surrounding_sides).toEqual(['government']);
    expect(pocket?.places.map((p) => p.name)).toEqual(['a-town']);
    // Painted: the nearest-point map puts the front halfway, on a regular 72-gon of inradius 20 km.
    const painted = 72 * 20 ** 2 * Math.tan(Math.PI / 72);
    expect(Math.abs((pocket?.area_km2 ?? 0) / painted - 1)).toBeLessThan(0.05);
    // Positions: the polygon through the besiegers' posts, a 72-gon of circumradius 40 km.
    const ring = 36 * 40 ** 2 * Math.sin((2 * Math.PI) / 72);
    expect(Math.abs((pocket?.ring_area_km2 ?? 0) / ring - 1)).toBeLessThan(0.05);
    expect(pocket?.geometry.type).toBe('Polygon');
    // The traced outline encloses exactly the pocket's cells.
    expect(Math.abs(area({ type: 'Feature', properties: {}, geometry: pocket?.geometry ?? null }) / 1e6 / (pocket?.area_km2 ?? 1) - 1)).toBeLessThan(0.01);
    expect(pocket?.formed).toBeNull();
  });

  it('reads no pocket where the sides around are allies of the side inside', () => {
    const obs = [...onCircle('hts', CENTRE, 40, 72, 'hts'), held('town', CENTRE.lat, CENTRE.lon, 'rebels')];
    const grid = controlAt(obs, DATE, { extent });
    expect(findPockets(grid).map((p) => p.side)).toEqual(['rebels']);
    expect(findPockets(grid, { isHostile: hostileExceptAllies([['hts', 'rebels']]) })).toEqual([]);
  });

  it('finds two pockets and sorts them largest first', () => {
    const west = destination(CENTRE.lat, CENTRE.lon, 270, 60);
    const east = destination(CENTRE.lat, CENTRE.lon, 90, 60);
    const obs = [...ringScenario(west, 'w'), ...onCircle('e-gov', east, 30, 60, 'sdf'), held('e-town', east.lat, east.lon, 'isis')];
    const pockets = findPockets(controlAt(obs, DATE, { extent }));
    expect(pockets.map((p) => p.places.map((x) => x.name))).toEqual([['w-town'], ['e-town']]);
    expect(pockets[1]?.surrounding_sides).toEqual(['sdf']);
  });

  it('reports no pocket where the region touches the border of the extent', () => {
    const nearEdge = destination(CENTRE.lat, CENTRE.lon, 90, 135); // 15 km from the east edge
    const pockets = findPockets(controlAt(ringScenario(nearEdge), DATE, { extent }));
    expect(pockets.filter((p) => p.side === 'isis')).toEqual([]);
  });

  it('reports no pocket where unknown cells lie between the sides', () => {
    // Posts 80 km out: 25 km painted each way leaves a 30 km ring nobody holds.
    const obs = [...onCircle('gov', CENTRE, 80, 144, 'government'), held('town', CENTRE.lat, CENTRE.lon, 'isis')];
    const grid = controlAt(obs, DATE, { extent });
    expect([...grid.cells.values()]).toContain('unknown');
    expect(findPockets(grid)).toEqual([]);
  });

  it('dates a pocket from the day the ring closed', () => {
    const posts = onCircle('gov', CENTRE, 40, 72, 'government');
    // The last 24 posts (a 120° arc) arrive on 10 June: before that the ring is open.
    const obs = [
      ...posts.map((p, k) => (k >= 48 ? { ...p, date: '2017-06-10' } : p)),
      held('town', CENTRE.lat, CENTRE.lon, 'isis'),
      // Evidence far away on 30 other days, before and after: the search must bisect through them.
      ...Array.from({ length: 30 }, (_, k) => held(`elsewhere-${k}`, CENTRE.lat - 1, CENTRE.lon - 1 + k * 0.05, 'sdf', `2017-0${4 + Math.floor(k / 10)}-${String(10 + (k % 10)).padStart(2, '0')}`)),
    ];
    const gridAt = (date: string): ControlGrid => controlAt(obs, date, { extent });
    const [pocket] = findPockets(gridAt('2017-06-20'), { history: { obs, gridAt } });
    expect(pocket?.formed).toBe('2017-06-10');
  });

  it('does not modify the grid', () => {
    const grid = controlAt(ringScenario(), DATE, { extent });
    const before = snapshot(grid);
    findPockets(grid);
    expect(snapshot(grid)).toBe(before);
  });
});
