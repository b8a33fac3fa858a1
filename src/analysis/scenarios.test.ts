/**
 * In/out fixtures: test/fixtures/analysis/<name>/scenario.json (observations, extent, date, and the
 * answers known on paper under `expect`) → out.geojson (pockets, rings, gaps and enclosed polygons,
 * styled for geojson.io). `REGEN=1 npx vitest run src/analysis` rewrites the outputs; on a mismatch
 * the new output is written beside as out-changed.geojson (git-ignored) for review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { controlAt } from '../control/index.ts';
import type { ControlObservation } from '../model/index.ts';
import { findEncirclements, type Encirclement } from './encirclements.ts';
import { findPockets, type Pocket } from './pockets.ts';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/analysis');
const CELL_KM = 2.6;

interface Scenario {
  description: string;
  date: string;
  resolution: number;
  radiusKm: number;
  extent: Polygon;
  observations: ControlObservation[];
  expect: {
    pockets: Array<{ side: string; area_km2: number; ring_area_km2: number }>;
    /** Absent: not checked. */
    encirclements?: Array<{ side: string; ends: string[]; gap_km: number; painted_gap_km?: number; enclosed_area_km2: number }>;
  };
}

const round = (n: number | null, digits = 1): number | null => (n === null ? null : Number(n.toFixed(digits)));

function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return round(value, 5);
  return Array.isArray(value) ? value.map(roundCoordinates) : value;
}

function feature(geometry: Feature['geometry'], properties: Record<string, unknown>): Feature {
  const rounded = { ...geometry, coordinates: roundCoordinates('coordinates' in geometry ? geometry.coordinates : []) } as Feature['geometry'];
  return { type: 'Feature', geometry: rounded, properties };
}

function pocketFeatures(p: Pocket): Feature[] {
  const props = { side: p.side, cellCount: p.cellCount, area_km2: round(p.area_km2), ring_area_km2: round(p.ring_area_km2), places: p.places.map((x) => x.name), surrounding_sides: p.surrounding_sides };
  const out = [feature(p.geometry, { kind: 'pocket (painted)', ...props, fill: '#d62728', 'fill-opacity': 0.4, stroke: '#d62728' })];
  if (p.ring_geometry) out.push(feature(p.ring_geometry, { kind: 'pocket ring (positions)', ...props, fill: '#1f77b4', 'fill-opacity': 0.1, stroke: '#1f77b4' }));
  return out;
}

function encirclementFeatures(e: Encirclement, rank: number): Feature[] {
  const props = { rank, side: e.side, gap_km: round(e.gap_km), painted_gap_km: round(e.painted_gap_km), ends: e.ends.map((x) => x.name), enclosed_area_km2: round(e.enclosed_area_km2), enclosed_painted_km2: round(e.enclosed_painted_km2), places: e.places.map((x) => x.name) };
  const out = [feature(e.cut, { kind: 'gap (positions)', ...props, stroke: '#ff7f0e', 'stroke-width': 3 })];
  if (e.enclosed_geometry) out.push(feature(e.enclosed_geometry, { kind: 'enclosed (positions)', ...props, fill: '#ff7f0e', 'fill-opacity': 0.15, stroke: '#ff7f0e' }));
  return out;
}

const scenarios = readdirSync(FIXTURES).filter((name) => existsSync(join(FIXTURES, name, 'scenario.json'))).sort();

describe('analysis scenarios (test/fixtures/analysis)', () => {
  it('has the scenarios the issue asks for', () => {
    expect(scenarios).toEqual(expect.arrayContaining(['border-pocket', 'c-shape', 'ring-pocket', 'sparse-desert', 'two-pockets', 'unknown-between']));
  });

  it.each(scenarios)('%s', (name) => {
    const dir = join(FIXTURES, name);
    const scenario = JSON.parse(readFileSync(join(dir, 'scenario.json'), 'utf8')) as Scenario;
    const grid = controlAt(scenario.observations, scenario.date, { extent: scenario.extent, resolution: scenario.resolution, radiusKm: scenario.radiusKm });
    const pockets = findPockets(grid);
    const encirclements = findEncirclements(grid, { top: 3 });

    // The answers known on paper.
    expect(pockets.map((p) => p.side)).toEqual(scenario.expect.pockets.map((p) => p.side));
    scenario.expect.pockets.forEach((want, k) => {
      expect(Math.abs((pockets[k]?.area_km2 ?? 0) / want.area_km2 - 1)).toBeLessThan(0.05);
      expect(Math.abs((pockets[k]?.ring_area_km2 ?? 0) / want.ring_area_km2 - 1)).toBeLessThan(0.05);
    });
    if (scenario.expect.encirclements?.length === 0) expect(encirclements.filter((e) => e.side === 'isis')).toEqual([]);
    scenario.expect.encirclements?.forEach((want, k) => {
      const got = encirclements[k];
      expect(got?.side).toBe(want.side);
      expect(got?.ends.map((e) => e.name).sort()).toEqual([...want.ends].sort());
      expect(Math.abs((got?.gap_km ?? 0) - want.gap_km)).toBeLessThan(CELL_KM);
      if (want.painted_gap_km !== undefined) expect(Math.abs((got?.painted_gap_km ?? 0) - want.painted_gap_km)).toBeLessThan(2 * CELL_KM);
      expect(Math.abs((got?.enclosed_area_km2 ?? 0) / want.enclosed_area_km2 - 1)).toBeLessThan(0.05);
    });

    // The whole output, against the stored fixture.
    const out: FeatureCollection = {
      type: 'FeatureCollection',
      features: [...pockets.flatMap(pocketFeatures), ...encirclements.flatMap(encirclementFeatures)],
    };
    const text = `${JSON.stringify(out)}\n`;
    const file = join(dir, 'out.geojson');
    if (process.env.REGEN === '1' || !existsSync(file)) writeFileSync(file, text);
    const stored = readFileSync(file, 'utf8');
    if (stored !== text) writeFileSync(join(dir, 'out-changed.geojson'), text);
    expect(text, `${name}: output changed, see out-changed.geojson`).toBe(stored);
  });
});
