import { describe, expect, it } from 'vitest';
import { changesBetween } from './changes-between.ts';
import { point, square } from './test-support.ts';

const opts = { extent: square(38, 35, 39, 36), resolution: 6, radiusKm: 20 };

describe('changesBetween', () => {
  const obs = [
    point('West', 35.5, 38.2, 'government'),
    point('East', 35.5, 38.8, 'isis'),
    point('East', 35.5, 38.8, 'government', '2017-06-10', { origin: 'event', eventIds: ['e9'], reportIds: ['r2'] }),
  ];

  it('counts area lost by one side as gained by the other, and lists the place that changed hands', () => {
    const summary = changesBetween(obs, '2017-06-01', '2017-06-20', opts);
    expect(summary.bySide.isis.gainedKm2).toBe(0);
    expect(summary.bySide.isis.lostKm2).toBeGreaterThan(1000);
    expect(summary.bySide.government.gainedKm2).toBe(summary.bySide.isis.lostKm2);
    expect(summary.bySide.government.lostKm2).toBe(0);
    expect(summary.changedPlaces).toEqual([
      { name: 'East', lat: 35.5, lon: 38.8, fromSide: 'isis', toSide: 'government', date: '2017-06-10', eventIds: ['e9'] },
    ]);
  });

  it('reports nothing when nothing changed in between', () => {
    const summary = changesBetween(obs, '2017-06-11', '2017-06-20', opts);
    expect(summary.changedPlaces).toEqual([]);
    expect(Object.values(summary.bySide).every((s) => s.gainedKm2 === 0 && s.lostKm2 === 0)).toBe(true);
  });

  it('takes a new place\'s former holder from the map', () => {
    const newcomer = [...obs, point('Far', 35.9, 38.5, 'sdf', '2017-06-05')];
    const summary = changesBetween(newcomer, '2017-06-01', '2017-06-06', opts);
    expect(summary.changedPlaces.map((p) => [p.name, p.fromSide, p.toSide])).toEqual([['Far', 'unknown', 'sdf']]);
  });

  it('rejects a `from` after `to`', () => {
    expect(() => changesBetween(obs, '2017-06-20', '2017-06-01', opts)).toThrow(expect.objectContaining({ code: 'E_CONTROL_DATE' }));
  });
});
