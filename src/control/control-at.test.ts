import { describe, expect, it } from 'vitest';
import { controlAt } from './control-at.ts';
import { cellAt, point, ring, square } from './test-support.ts';
import type { BaselineArea, Side } from '../model/index.ts';

const extent = square(38, 35, 39, 36);
const opts = { extent, radiusKm: 25 };

function sideAt(cells: Map<string, Side>, lat: number, lon: number): Side | undefined {
  return cells.get(cellAt(lat, lon));
}

describe('controlAt: nearest position within the radius', () => {
  const obs = [point('West', 35.5, 38.2, 'government'), point('East', 35.5, 38.8, 'isis')];

  it('gives each cell the side of the nearest position, and records which one', () => {
    const grid = controlAt(obs, '2017-06-01', opts);
    expect(sideAt(grid.cells, 35.5, 38.3)).toBe('government');
    expect(sideAt(grid.cells, 35.5, 38.7)).toBe('isis');
    const westCell = cellAt(35.5, 38.25);
    expect(grid.positions[grid.decidedBy.get(westCell) ?? -1]?.name).toBe('West');
  });

  it('leaves cells beyond the radius unknown and out of decidedBy', () => {
    const grid = controlAt(obs, '2017-06-01', { extent, radiusKm: 10 });
    const far = cellAt(35.95, 38.5);
    expect(grid.cells.get(far)).toBe('unknown');
    expect(grid.decidedBy.has(far)).toBe(false);
  });

  it('ignores evidence dated after the date, and lets later evidence override earlier', () => {
    const later = [...obs, point('West', 35.5, 38.2, 'isis', '2017-07-01')];
    expect(sideAt(controlAt(later, '2017-06-30', opts).cells, 35.5, 38.2)).toBe('government');
    expect(sideAt(controlAt(later, '2017-07-01', opts).cells, 35.5, 38.2)).toBe('isis');
    expect(controlAt(later, '2016-12-31', opts).positions).toEqual([]);
  });

  it('covers exactly the extent\'s cells, and does not modify its inputs', () => {
    const copy = structuredClone(obs);
    const extentCopy = structuredClone(extent);
    const grid = controlAt(obs, '2017-06-01', opts);
    expect(grid.cells.size).toBeGreaterThan(1500);
    expect(grid.cells.has(cellAt(36.5, 38.5))).toBe(false);
    expect(obs).toEqual(copy);
    expect(extent).toEqual(extentCopy);
  });

  it('rejects a bad date and bad options with stable codes', () => {
    expect(() => controlAt(obs, '2017-6-1', opts)).toThrow(expect.objectContaining({ code: 'E_CONTROL_DATE' }));
    expect(() => controlAt(obs, '2017-06-01', { ...opts, radiusKm: 0 })).toThrow(expect.objectContaining({ code: 'E_CONTROL_OPTION' }));
  });
});

describe('controlAt: the empty-desert rule', () => {
  it('gives an unknown region surrounded by one side to that side', () => {
    const grid = controlAt(ring('g', 35.5, 38.5, 0.27, 14, 'government'), '2017-06-01', { extent, radiusKm: 12 });
    expect(sideAt(grid.cells, 35.5, 38.5)).toBe('government');
    expect(grid.decidedBy.has(cellAt(35.5, 38.5))).toBe(false);
    // The desert outside the ring reaches the extent's edge: it stays unknown.
    expect(sideAt(grid.cells, 35.02, 38.02)).toBe('unknown');
  });

  it('leaves an unknown region between two sides unknown', () => {
    const obs = [
      ...ring('g', 35.5, 38.5, 0.27, 7, 'government', 0, Math.PI),
      ...ring('i', 35.5, 38.5, 0.27, 7, 'isis', Math.PI, 2 * Math.PI),
    ];
    const grid = controlAt(obs, '2017-06-01', { extent, radiusKm: 12 });
    expect(sideAt(grid.cells, 35.5, 38.5)).toBe('unknown');
  });

  it('leaves an unknown region that touches the extent\'s edge unknown', () => {
    // The same ring, centred on the extent's southern edge: its hole opens onto the edge.
    const grid = controlAt(ring('g', 35.0, 38.5, 0.27, 14, 'government'), '2017-06-01', { extent, radiusKm: 12 });
    expect(sideAt(grid.cells, 35.03, 38.5)).toBe('unknown');
  });

  it('does not fill a place given up with no known taker (an unknown-side position)', () => {
    const obs = [...ring('g', 35.5, 38.5, 0.27, 14, 'government'), point('Centre', 35.5, 38.5, 'unknown', '2017-05-01')];
    const grid = controlAt(obs, '2017-06-01', { extent, radiusKm: 12 });
    expect(sideAt(grid.cells, 35.5, 38.5)).toBe('unknown');
  });
});

describe('controlAt: baseline areas', () => {
  const area: BaselineArea = { side: 'isis', date: '2017-03-01', name: 'East', geometry: square(38.5, 35, 39, 36) };

  it('holds the area where no newer point evidence is near, and says so in decidedByArea', () => {
    const grid = controlAt([point('Older', 35.5, 38.7, 'government', '2017-01-01')], '2017-06-01', { ...opts, areas: [area] });
    expect(sideAt(grid.cells, 35.5, 38.7)).toBe('isis');
    expect(grid.decidedByArea?.get(cellAt(35.5, 38.7))).toBe(0);
    expect(grid.areas).toEqual([area]);
  });

  it('lets newer point evidence inside the area win around it', () => {
    const grid = controlAt([point('Newer', 35.5, 38.7, 'government', '2017-04-01')], '2017-06-01', { ...opts, areas: [area] });
    expect(sideAt(grid.cells, 35.5, 38.7)).toBe('government');
    expect(sideAt(grid.cells, 35.1, 38.95)).toBe('isis');
  });

  it('ignores an area dated after the date', () => {
    const grid = controlAt([], '2017-02-01', { ...opts, areas: [area] });
    expect(sideAt(grid.cells, 35.5, 38.7)).toBe('unknown');
  });
});
