import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/index.ts';
import { distanceToFront } from './distance-to-front.ts';
import { AnalysisError } from './errors.ts';
import { destination } from './geodesy.ts';
import { CENTRE, held, squareExtent } from './test-support.ts';

const extent = squareExtent(CENTRE.lat, CENTRE.lon, 120);

describe('distanceToFront', () => {
  // A town and, 30 km east of it, a hostile post: the map puts the front halfway, 15 km out.
  const post = destination(CENTRE.lat, CENTRE.lon, 90, 30);
  const grid = controlAt([held('town', CENTRE.lat, CENTRE.lon, 'isis'), held('post', post.lat, post.lon, 'government')], '2017-06-01', { extent });

  it('measures to the nearest position of the side, and separately to its painted area', () => {
    const d = distanceToFront(grid, CENTRE, 'government');
    expect(d.km).toBeCloseTo(30, 1);
    expect(d.nearest.name).toBe('post');
    expect(Math.abs((d.painted_km ?? 0) - 15)).toBeLessThan(2.6);
  });

  it('gives 0 painted km inside the side’s own painted area', () => {
    const d = distanceToFront(grid, post, 'government');
    expect(d.km).toBeCloseTo(0, 6);
    expect(d.painted_km).toBe(0);
  });

  it('throws E_ANALYSIS_NO_POSITION for a side with no position', () => {
    expect(() => distanceToFront(grid, CENTRE, 'sdf')).toThrow(AnalysisError);
    expect(() => distanceToFront(grid, CENTRE, 'sdf')).toThrow(/\[frontwatch\] \[analysis\] side sdf holds no position/);
  });

  it('rejects a point that is not a lat/lon', () => {
    expect(() => distanceToFront(grid, { lat: 95, lon: 38 }, 'government')).toThrow(/point/);
  });
});
