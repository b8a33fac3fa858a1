import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { controlAt } from './control-at.ts';
import { controlSeries } from './control-series.ts';
import { point, square } from './test-support.ts';
import type { BaselineArea, ControlObservation, Side } from '../model/index.ts';
import { addDays } from './dates.ts';

const extent = square(38, 35, 39, 36);
const opts = { extent, resolution: 6, radiusKm: 15 };

describe('controlSeries', () => {
  it('yields one grid per step, from `from`, up to `to` when a step lands on it', () => {
    const dates = [...controlSeries([], '2017-06-01', '2017-06-10', 3, opts)].map((g) => g.date);
    expect(dates).toEqual(['2017-06-01', '2017-06-04', '2017-06-07', '2017-06-10']);
  });

  it('checks its arguments at the call', () => {
    expect(() => controlSeries([], '2017-06-10', '2017-06-01', 1, opts)).toThrow(expect.objectContaining({ code: 'E_CONTROL_DATE' }));
    expect(() => controlSeries([], '2017-06-01', '2017-06-10', 0, opts)).toThrow(expect.objectContaining({ code: 'E_CONTROL_OPTION' }));
  });

  it('gives, incrementally, the same grids as controlAt on each date (random evidence)', () => {
    const sides: Side[] = ['government', 'isis', 'sdf', 'unknown'];
    const observation = fc.record({
      place: fc.integer({ min: 0, max: 11 }),
      side: fc.constantFrom(...sides),
      day: fc.integer({ min: 0, max: 20 }),
      // Reports place one town a little differently: the same place (same name, < 10 km) moves.
      shift: fc.integer({ min: -4, max: 4 }),
    });
    const area: BaselineArea = { side: 'isis', date: '2017-06-08', geometry: square(38.6, 35.2, 39, 35.8) };
    fc.assert(
      fc.property(fc.array(observation, { maxLength: 25 }), fc.boolean(), (rows, withArea) => {
        const obs: ControlObservation[] = rows.map((r) =>
          point(`P${r.place}`, 35.1 + (r.place % 4) * 0.25 + r.shift * 0.015, 38.1 + Math.floor(r.place / 4) * 0.35, r.side, addDays('2017-06-01', r.day)),
        );
        const options = withArea ? { ...opts, areas: [area] } : opts;
        for (const grid of controlSeries(obs, '2017-06-01', '2017-06-21', 4, options)) {
          expect(grid).toEqual(controlAt(obs, grid.date, options));
        }
      }),
      { numRuns: 25, seed: 20170601 },
    );
  });

  it('does not modify the observations', () => {
    const obs = [point('A', 35.5, 38.5, 'isis', '2017-06-03')];
    const copy = structuredClone(obs);
    [...controlSeries(obs, '2017-06-01', '2017-06-05', 1, opts)];
    expect(obs).toEqual(copy);
  });
});
