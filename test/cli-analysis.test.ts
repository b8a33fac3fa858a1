/**
 * Pockets, near-encirclements and control through the real CLI, on baseline files as a user writes
 * them: synthetic scenarios with answers known on paper, and an independent mid-July 2017 baseline of
 * central Syria (test/fixtures/baselines). The extent is Syria's outline, as for any user.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { destination, greatCircleKm } from '../src/analysis/geodesy.ts';
import { alongLine, held, onCircle } from '../src/analysis/test-support.ts';
import type { ControlObservation } from '../src/model/index.ts';

const BIN = join(import.meta.dirname, '../bin/frontwatch.mjs');
const CWD = mkdtempSync(join(tmpdir(), 'fw-cwd-'));
const DIR = mkdtempSync(join(tmpdir(), 'fw-scenarios-'));
/** Width of a resolution-7 cell: the tolerance for gaps. */
const CELL_KM = 2.6;

function frontwatch(args: string[]): unknown {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: CWD, encoding: 'utf8', timeout: 180_000 });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

function baselineFile(name: string, obs: readonly ControlObservation[]): string {
  const path = join(DIR, `${name}.csv`);
  writeFileSync(path, ['name,lat,lon,side,date', ...obs.map((o) => `${o.name},${o.lat.toFixed(5)},${o.lon.toFixed(5)},${o.side},2017-06-01`)].join('\n') + '\n');
  return path;
}

interface PocketOut { side: string; area_km2: number; ring_area_km2: number | null; places: Array<{ name: string }>; surrounding_sides: string[] }
interface EncirclementOut { side: string; gap_km: number; ends: Array<{ name: string; lat: number; lon: number }>; enclosed_area_km2: number | null; places: Array<{ name: string }> }

const pockets = (file: string, date = '2017-06-15', extra: string[] = []): PocketOut[] => frontwatch(['pockets', '--baseline', file, '--date', date, '--json', ...extra]) as PocketOut[];
const encirclements = (file: string, date = '2017-06-15'): EncirclementOut[] =>
  frontwatch(['encirclements', '--baseline', file, '--date', date, '--side', 'isis', '--json']) as EncirclementOut[];
const within = (got: number | null | undefined, want: number, share: number): boolean => Math.abs((got ?? 0) / want - 1) < share;

// Central Syrian desert, far from the borders.
const CENTRE = { lat: 35, lon: 38 };
/** Painted pocket of a ring of n posts at R km around one town: the n-gon of inradius R/2. Ring: the n-gon of circumradius R. */
const paintedArea = (n: number, r: number): number => n * (r / 2) ** 2 * Math.tan(Math.PI / n);
const ringArea = (n: number, r: number): number => (n / 2) * r ** 2 * Math.sin((2 * Math.PI) / n);

describe('synthetic scenarios through the CLI', () => {
  it('a ring of government posts around an ISIS town is a pocket; areas within 5% of the analytic ones', () => {
    const file = baselineFile('ring', [...onCircle('gov', CENTRE, 40, 72, 'government'), held('town', CENTRE.lat, CENTRE.lon, 'isis')]);
    const [pocket, ...others] = pockets(file);
    expect(others).toEqual([]);
    expect(pocket?.side).toBe('isis');
    expect(pocket?.surrounding_sides).toEqual(['government']);
    expect(within(pocket?.area_km2, paintedArea(72, 40), 0.05)).toBe(true);
    expect(within(pocket?.ring_area_km2, ringArea(72, 40), 0.05)).toBe(true);
  });

  it('two rings are two pockets, largest first', () => {
    const east = destination(CENTRE.lat, CENTRE.lon, 90, 120);
    const file = baselineFile('two-pockets', [
      ...onCircle('gov', CENTRE, 40, 72, 'government'), held('west-town', CENTRE.lat, CENTRE.lon, 'isis'),
      ...onCircle('sdf', east, 30, 60, 'sdf'), held('east-town', east.lat, east.lon, 'isis'),
    ]);
    const found = pockets(file);
    expect(found.map((p) => [p.side, p.places.map((x) => x.name), p.surrounding_sides])).toEqual([
      ['isis', ['west-town'], ['government']],
      ['isis', ['east-town'], ['sdf']],
    ]);
    expect(within(found[0]?.area_km2, paintedArea(72, 40), 0.05)).toBe(true);
    expect(within(found[1]?.area_km2, paintedArea(60, 30), 0.05)).toBe(true);
  });

  it('a C of government posts with a known opening: the gap between its ends within a cell, the area inside within 5%', () => {
    const file = baselineFile('c-shape', [...onCircle('gov', CENTRE, 40, 60, 'government', 45, 315), ...alongLine('road', CENTRE, 0, 15, 8, 'isis')]);
    expect(pockets(file)).toEqual([]);
    const [best] = encirclements(file);
    expect(best?.ends.map((e) => e.name).sort()).toEqual(['gov-0', 'gov-59']);
    expect(Math.abs((best?.gap_km ?? 0) - 2 * 40 * Math.sin(Math.PI / 4))).toBeLessThan(CELL_KM);
    // The arc of 60 posts over 270° closed by the chord: 59 triangles from the centre plus the chord's.
    const arc = 59 * 0.5 * 40 ** 2 * Math.sin(((270 / 59) * Math.PI) / 180) + 0.5 * 40 ** 2;
    expect(within(best?.enclosed_area_km2, arc, 0.05)).toBe(true);
  });

  it('no pocket where the region touches the country border, or unknown desert between the sides', () => {
    // 10 km west of the Albu Kamal crossing: the ISIS area runs into Iraq.
    const border = { lat: 34.45, lon: 40.81 };
    expect(pockets(baselineFile('border', [...onCircle('gov', border, 40, 72, 'government'), held('town', border.lat, border.lon, 'isis')]))).toEqual([]);
    // Posts 80 km out: 25 km painted each way leaves a 30 km ring that nobody holds.
    const wide = baselineFile('unknown-between', [...onCircle('gov', CENTRE, 80, 144, 'government'), held('town', CENTRE.lat, CENTRE.lon, 'isis')]);
    expect(pockets(wide)).toEqual([]);
  });

  it('gives empty desert wholly inside one side to that side: a ring of posts 60 km out fills its 35 km core', () => {
    const file = baselineFile('rear', onCircle('gov', CENTRE, 60, 72, 'government'));
    const { areas } = frontwatch(['control', '--baseline', file, '--date', '2017-06-15', '--format', 'json']) as { areas: Array<{ side: string; filled_km2: number }> };
    expect(areas.map((a) => a.side)).toEqual(['government']);
    expect(within(areas[0]?.filled_km2, Math.PI * 35 ** 2, 0.05)).toBe(true);
  });

  it('maps another place with --extent, and says when the evidence lies off the map', () => {
    const far = { lat: 10, lon: 20 };
    const file = baselineFile('elsewhere', [...onCircle('gov', far, 40, 72, 'government'), held('town', far.lat, far.lon, 'isis')]);
    const [pocket, ...others] = pockets(file, '2017-06-15', ['--extent', '18.5,8.5,21.5,11.5']);
    expect(others).toEqual([]);
    expect(within(pocket?.area_km2, paintedArea(72, 40), 0.05)).toBe(true);
    const r = spawnSync(process.execPath, [BIN, 'pockets', '--baseline', file, '--date', '2017-06-15'], { cwd: CWD, encoding: 'utf8', timeout: 180_000 });
    expect(r.stderr).toContain("none of them is inside the extent (Syria's outline): see --extent");
  });

  it('no pocket where the sides around are allies of the side inside (rebels among HTS)', () => {
    const file = baselineFile('allies', [...onCircle('hts', CENTRE, 40, 72, 'hts'), held('town', CENTRE.lat, CENTRE.lon, 'rebels')]);
    expect(pockets(file)).toEqual([]);
  });
});

describe('baseline files', () => {
  it('read side names the Syria pack knows (SAA, Daesh, YPG), say when a date precedes them, and refuse unknown sides', () => {
    const file = join(DIR, 'names.csv');
    writeFileSync(file, 'name,lat,lon,side,date\nPalmyra,34.5608,38.2806,SAA,2017-07-01\nal-Sukhnah,34.8853,38.8711,Daesh,2017-07-01\nTabqa,35.8345,38.5466,YPG,2017-07-01\n');
    const { areas } = frontwatch(['control', '--baseline', file, '--date', '2017-07-02', '--format', 'json']) as { areas: Array<{ side: string }> };
    expect(areas.map((a) => a.side)).toEqual(['government', 'isis', 'sdf']);
    const early = spawnSync(process.execPath, [BIN, 'pockets', '--baseline', file, '--date', '2017-06-30'], { cwd: CWD, encoding: 'utf8', timeout: 180_000 });
    expect(early.stderr).toContain('no evidence is in force on 2017-06-30: the earliest is dated 2017-07-01');
    writeFileSync(file, 'name,lat,lon,side,date\nPalmyra,34.5608,38.2806,martians,2017-07-01\n');
    const r = spawnSync(process.execPath, [BIN, 'control', '--baseline', file, '--date', '2017-07-02'], { cwd: CWD, encoding: 'utf8', timeout: 180_000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/names\.csv:2: side "martians" is not one of government, isis/);
  });
});

describe('an independent baseline of central Syria, 14 July 2017 (test/fixtures/baselines)', () => {
  const FILE = join(import.meta.dirname, 'fixtures/baselines/central-syria-2017-07-14.csv');
  const DATE = '2017-07-15';

  it("shows the seed report's near-encirclement of eastern Hama, eastern Homs and southern Raqqa: about 70 km, about 11,000 km²", () => {
    const [best] = encirclements(FILE, DATE);
    expect(best?.ends.map((e) => e.name).sort()).toEqual(['al-Hayl gas field', 'army column at the Raqqa–Homs boundary (al-Resafa–al-Kawm road)']);
    const [a, b] = best?.ends ?? [];
    expect(Math.abs((best?.gap_km ?? 0) - greatCircleKm(a?.lat ?? 0, a?.lon ?? 0, b?.lat ?? 0, b?.lon ?? 0))).toBeLessThan(0.1);
    expect(best?.gap_km).toBeGreaterThan(65);
    expect(best?.gap_km).toBeLessThan(75);
    // The report: "more than 11 thousand square kilometers"; claim checks allow 30% on areas.
    expect(best?.enclosed_area_km2).toBeGreaterThan(10_000);
    expect(best?.enclosed_area_km2).toBeLessThan(14_000);
    expect(best?.places.map((p) => p.name)).toContain('‘Uqayribat');
  });

  it('shows the real pockets of the date and no other: northern Homs, the two parts of Deir ez-Zor, Raqqa', () => {
    const found = pockets(FILE, DATE).map((p) => [p.side, p.places[0]?.name, p.surrounding_sides]);
    expect(found).toEqual([
      ['rebels', 'Talbisah', ['government']],
      ['government', 'Deir ez-Zor, al-Joura and al-Qusour', ['isis']],
      ['government', 'Deir ez-Zor airport', ['isis']],
      ['isis', 'Raqqa, old city', ['sdf']],
    ]);
  });

  it('leaves desert far from any evidence unknown', () => {
    const fc = frontwatch(['control', '--baseline', FILE, '--date', DATE]) as FeatureCollection;
    const areas = fc.features.filter((f) => f.properties?.kind === 'area');
    const sideAt = (lat: number, lon: number): string =>
      areas.find((f) => booleanPointInPolygon([lon, lat], f.geometry as Polygon | MultiPolygon))?.properties?.side ?? 'unknown';
    // Between Palmyra and the Iraqi border: no point within 25 km.
    expect(sideAt(34.0, 39.5)).toBe('unknown');
    // Inside the salient, 28 km and more from Ithriya, Jabal al-Bilas and every other point: between two sides, no one's.
    expect(sideAt(35.15, 37.95)).toBe('unknown');
    expect(sideAt(35.04, 37.46)).toBe('isis'); // Uqayribat
    expect(sideAt(34.56, 38.28)).toBe('government'); // Palmyra
  });
});
