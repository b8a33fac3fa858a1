import { describe, expect, it } from 'vitest';
import { advanceRate } from './advance-rate.ts';
import { destination } from './geodesy.ts';
import { CENTRE, held } from './test-support.ts';

const at = (name: string, bearing: number, km: number, side: 'government' | 'isis' = 'government') => {
  const p = destination(CENTRE.lat, CENTRE.lon, bearing, km);
  return held(name, p.lat, p.lon, side);
};

describe('advanceRate', () => {
  const from = { date: '2017-06-01', positions: [at('a', 0, 0), at('b', 0, 10), at('enemy', 90, 60, 'isis')] };
  const to = { date: '2017-06-11', positions: [at('a', 0, 0), at('b', 0, 10), at('c', 90, 30), at('enemy', 90, 60, 'isis')] };

  it('moves the frontmost position along a bearing: 30 km east in 10 days is 3 km/day', () => {
    const rate = advanceRate(from, to, 'government', { bearing: 90 });
    expect(rate.km_per_day).toBeCloseTo(3, 1);
    expect(rate.to_front.name).toBe('c');
    expect(rate.method).toBe('frontmost_along_bearing');
  });

  it('gives no advance along a bearing the side did not move on', () => {
    expect(advanceRate(from, to, 'government', { bearing: 0 }).km).toBeCloseTo(0, 6);
  });

  it('without a bearing, takes the deepest new position and its direction', () => {
    const rate = advanceRate(from, to, 'government');
    expect(rate.km).toBeCloseTo(30, 1);
    expect(rate.from_front.name).toBe('a');
    expect(rate.bearing_deg).toBeCloseTo(90, 0);
    expect(rate.method).toBe('deepest_new_position');
  });

  it('rejects dates in the wrong order and sides without positions', () => {
    expect(() => advanceRate(to, from, 'government')).toThrow(/E_ANALYSIS_DATE|must come after/);
    expect(() => advanceRate(from, to, 'sdf')).toThrow(/holds no position/);
  });

  it('does not modify its inputs', () => {
    const before = JSON.stringify([from, to]);
    advanceRate(from, to, 'government', { bearing: 45 });
    expect(JSON.stringify([from, to])).toBe(before);
  });
});
