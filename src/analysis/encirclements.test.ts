import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/index.ts';
import type { ControlGrid } from '../model/index.ts';
import { findEncirclements } from './encirclements.ts';
import { AnalysisError } from './errors.ts';
import { destination } from './geodesy.ts';
import { alongLine, CENTRE, held, onCircle, squareExtent } from './test-support.ts';

const extent = squareExtent(CENTRE.lat, CENTRE.lon, 300);
const DATE = '2017-06-01';
/** Width of a resolution-7 cell: the tolerance on a gap. */
const CELL_KM = 2.6;

/** A C of 60 government posts 40 km from the centre, open to the north between bearings -45° and 45°; ISIS holds a road from the centre out through the opening. */
function cShape(): ControlGrid {
  const obs = [...onCircle('gov', CENTRE, 40, 60, 'government', 45, 315), ...alongLine('road', CENTRE, 0, 15, 8, 'isis')];
  return controlAt(obs, DATE, { extent });
}

describe('findEncirclements', () => {
  it('measures the gap of a C between the posts at its two ends', () => {
    const [best] = findEncirclements(cShape(), { side: 'isis' });
    const chord = 2 * 40 * Math.sin(Math.PI / 4);
    expect(best?.side).toBe('isis');
    expect(best?.ends.map((e) => e.name).sort()).toEqual(['gov-0', 'gov-59']);
    expect(best?.ends.map((e) => e.side)).toEqual(['government', 'government']);
    expect(Math.abs((best?.gap_km ?? 0) - chord)).toBeLessThan(CELL_KM);
    // Positions measure: the 60 posts on a 270° arc closed by the chord.
    const polygon = 0.5 * 40 ** 2 * (59 * Math.sin(((270 / 59) * Math.PI) / 180) + 1);
    expect(Math.abs((best?.enclosed_area_km2 ?? 0) / polygon - 1)).toBeLessThan(0.05);
    expect(best?.enclosed_painted_km2).toBeLessThan(best?.enclosed_area_km2 ?? 0);
    expect(best?.places.map((p) => p.name).sort()).toEqual(['road-0', 'road-1']);
    expect(best?.cut.coordinates).toHaveLength(2);
    expect(best?.enclosed_geometry?.type).toBe('Polygon');
  });

  it('in sparse desert gives a gap between positions about twice the gap between painted areas', () => {
    // Government posts 44 km apart on a 100 km C open to the north (ends 100 km apart), ISIS posts
    // 45–55 km apart inside and one in the middle of the opening: analysts' figure 100 km, the
    // painted map leaves 25 km to each end.
    const openingNorth = destination(CENTRE.lat, CENTRE.lon, 0, 100 * Math.cos(Math.PI / 6));
    const obs = [
      ...onCircle('gov', CENTRE, 100, 13, 'government', 30, 330),
      held('centre', CENTRE.lat, CENTRE.lon, 'isis'),
      ...onCircle('inner', CENTRE, 45, 6, 'isis'),
      ...alongLine('road', openingNorth, 0, 45, 2, 'isis'),
    ];
    const [best] = findEncirclements(controlAt(obs, DATE, { extent }), { side: 'isis' });
    expect(best?.ends.map((e) => e.name).sort()).toEqual(['gov-0', 'gov-12']);
    expect(Math.abs((best?.gap_km ?? 0) - 100)).toBeLessThan(CELL_KM);
    const ratio = (best?.gap_km ?? 0) / (best?.painted_gap_km ?? 1);
    expect(ratio).toBeGreaterThan(1.7);
    expect(ratio).toBeLessThan(2.3);
    expect(best?.enclosed_area_km2 ?? 0).toBeGreaterThan(1.5 * (best?.enclosed_painted_km2 ?? 0));
  });

  it('closes the empty desert between encircling posts that are close enough (linkKm), never a gap through the side’s ground', () => {
    // 13 government posts 54 km apart on a 120 km C open to the north (ends 100 km apart): the
    // painted map leaves ~4 km of unknown between neighbouring posts, through which the ISIS
    // region "leaks" out unless the posts are linked.
    const wide = squareExtent(CENTRE.lat, CENTRE.lon, 340);
    const obs = [
      ...onCircle('gov', CENTRE, 120, 13, 'government', 24.6, 335.4),
      held('centre', CENTRE.lat, CENTRE.lon, 'isis'),
      ...onCircle('inner', CENTRE, 50, 6, 'isis'),
      ...alongLine('road', destination(CENTRE.lat, CENTRE.lon, 0, 109), 0, 45, 2, 'isis'),
    ];
    const grid = controlAt(obs, DATE, { extent: wide });
    const [linked] = findEncirclements(grid, { side: 'isis' });
    expect(linked?.ends.map((e) => e.name).sort()).toEqual(['gov-0', 'gov-12']);
    expect(Math.abs((linked?.gap_km ?? 0) - 100)).toBeLessThan(CELL_KM);
    const unlinked = findEncirclements(grid, { side: 'isis', linkKm: 0 });
    expect(unlinked.some((e) => e.ends.map((x) => x.name).sort().join() === 'gov-0,gov-12')).toBe(false);
  });

  it('reports nothing for a region already closed off', () => {
    const obs = [...onCircle('gov', CENTRE, 40, 72, 'government'), held('town', CENTRE.lat, CENTRE.lon, 'isis')];
    expect(findEncirclements(controlAt(obs, DATE, { extent }), { side: 'isis' })).toEqual([]);
  });

  it('reports nothing when the gap is longer than maxGapKm', () => {
    expect(findEncirclements(cShape(), { side: 'isis', maxGapKm: 50 })).toEqual([]);
  });

  it('rejects bad options with a typed error', () => {
    const grid = cShape();
    expect(() => findEncirclements(grid, { top: 0 })).toThrow(AnalysisError);
    try {
      findEncirclements(grid, { maxGapKm: -1 });
    } catch (error) {
      expect(AnalysisError.is(error, 'E_ANALYSIS_ARGUMENT')).toBe(true);
    }
  });

  it('does not modify the grid', () => {
    const grid = cShape();
    const before = JSON.stringify({ ...grid, cells: [...grid.cells], decidedBy: [...grid.decidedBy] });
    findEncirclements(grid);
    expect(JSON.stringify({ ...grid, cells: [...grid.cells], decidedBy: [...grid.decidedBy] })).toBe(before);
  });
});
