import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cellArea } from 'h3-js';
import type { BaselineArea, ControlObservation } from '../model/index.ts';
import type { Polygon } from 'geojson';
import { controlAt } from './control-at.ts';
import { controlGeoJSON } from './control-geojson.ts';
import { point, square } from './test-support.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/control');

interface Scenario {
  date: string;
  options: { resolution: number; radiusKm: number; extent: Polygon; areas?: BaselineArea[] };
  observations: ControlObservation[];
}

describe('controlGeoJSON: in/out fixtures (REGEN=1 rewrites out.geojson)', () => {
  const scenarios = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'scenario.json')));
  it('has scenarios to run', () => expect(scenarios.length).toBeGreaterThan(0));
  for (const name of scenarios) {
    it(name, () => {
      const scenario = JSON.parse(readFileSync(join(FIXTURES, name, 'scenario.json'), 'utf8')) as Scenario;
      const out = controlGeoJSON(controlAt(scenario.observations, scenario.date, scenario.options));
      const text = `${JSON.stringify(out)}\n`;
      const expectedFile = join(FIXTURES, name, 'out.geojson');
      const changedFile = join(FIXTURES, name, 'out-changed.geojson');
      if (process.env.REGEN === '1' || !existsSync(expectedFile)) writeFileSync(expectedFile, text);
      const expected = readFileSync(expectedFile, 'utf8');
      if (expected !== text) writeFileSync(changedFile, text);
      else rmSync(changedFile, { force: true });
      expect(JSON.parse(text)).toEqual(JSON.parse(expected));
    });
  }
});

describe('controlGeoJSON', () => {
  const extent = square(38, 35, 39, 36);
  const obs = [point('West', 35.5, 38.2, 'government', '2017-05-01', { eventIds: ['e1'], reportIds: ['r1'] }), point('East', 35.5, 38.8, 'isis')];

  it('gives each side one dissolved area whose km² is the geodesic sum of its cells', () => {
    const grid = controlAt(obs, '2017-06-01', { extent, radiusKm: 80 });
    const areas = controlGeoJSON(grid).features.flatMap((f) => (f.properties?.kind === 'area' ? [f.properties] : []));
    expect(areas.map((p) => p.side)).toEqual(['government', 'isis']);
    const total = areas.reduce((sum, p) => sum + p.area_km2, 0);
    const cellsKm2 = [...grid.cells.keys()].reduce((sum, cell) => sum + cellArea(cell, 'km2'), 0);
    expect(total).toBeCloseTo(cellsKm2, 0);
    // A 1°×1° square at 35.5°N is about 111.0 × 90.6 km.
    expect(total).toBeGreaterThan(10_000 * 0.95);
    expect(total).toBeLessThan(10_070 * 1.05);
    const government = areas[0];
    expect([government?.places, government?.eventIds, government?.reportIds]).toEqual([['West'], ['e1'], ['r1']]);
  });

  it('draws the front halfway between the two sides, as long as the extent is tall', () => {
    const fronts = controlGeoJSON(controlAt(obs, '2017-06-01', { extent, radiusKm: 80 })).features.filter((f) => f.properties?.kind === 'front');
    expect(fronts).toHaveLength(1);
    const front = fronts[0];
    if (front?.geometry.type !== 'LineString' || front.properties?.kind !== 'front') throw new Error('expected one front LineString');
    expect(front.properties.sides).toEqual(['government', 'isis']);
    for (const [lon] of front.geometry.coordinates) expect(Math.abs((lon ?? 0) - 38.5)).toBeLessThan(0.04);
    // A zig-zag of hexagon edges: longer than the 111 km straight line, by less than a third.
    expect(front.properties.length_km).toBeGreaterThan(105);
    expect(front.properties.length_km).toBeLessThan(150);
  });

  it('draws no front against unknown, and does not modify the grid', () => {
    const grid = controlAt(obs, '2017-06-01', { extent, radiusKm: 10 });
    const before = structuredClone(grid);
    const fc = controlGeoJSON(grid);
    expect(fc.features.some((f) => f.properties?.kind === 'front')).toBe(false);
    expect(grid).toEqual(before);
  });
});
