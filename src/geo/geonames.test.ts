import { mkdtempSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GazetteerFormatError } from './errors.ts';
import { importGeoNames, kindForFeatureCode } from './geonames.ts';
import { Gazetteer } from './gazetteer.ts';

const dir = mkdtempSync(join(tmpdir(), 'fw-geonames-'));
const row = (cols: Array<string | number>): string => cols.join('\t');
// geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 admin2 admin3 admin4 population elevation dem tz moddate
const ROWS = [
  row([101, 'Tadmur', 'Tadmur', 'Palmyra,Tadmor,تدمر', 34.56, 38.28, 'P', 'PPLA2', 'SY', '', '11', '', '', '', 51323, '', 404, 'Asia/Damascus', '2020-01-01']),
  row([102, 'Ḩaql al Hayl', 'Haql al Hayl', '', 34.70, 38.79, 'S', 'GASF', 'SY', '', '11', '', '', '', 0, '', 500, 'Asia/Damascus', '2020-01-01']),
  row([103, 'Jabal Bishrī', 'Jabal Bishri', 'Bishri', 35.3, 39.35, 'T', 'MTS', 'SY', '', '07', '', '', '', 0, '', 800, 'Asia/Damascus', '2020-01-01']),
  row([104, 'Kafr Nubl', 'Kafr Nubl', '', 35.61, 36.56, 'P', 'PPL', 'SY', '', '12', '', '', '', 30000, '', 600, 'Asia/Damascus', '2020-01-01']),
];

describe('importGeoNames', () => {
  it('reads geoname rows with kinds from feature codes and admin1 for Syrian rows', () => {
    const file = join(dir, 'small.txt');
    writeFileSync(file, `${ROWS.join('\n')}\n`);
    const places = importGeoNames(file);
    expect(places.map((p) => [p.id, p.kind])).toEqual([['gn:101', 'town'], ['gn:102', 'gas_field'], ['gn:103', 'mountain'], ['gn:104', 'village']]);
    expect(places[0]).toMatchObject({ name: 'Tadmur', population: 51323, admin1: 'Homs', source: 'geonames-import' });
    expect(places[0]?.altNames).toEqual(expect.arrayContaining(['Palmyra', 'تدمر']));
    expect(new Gazetteer(places).lookup('Palmyra')[0]?.place.id).toBe('gn:101');
  });

  it('joins alternateNamesV2 rows and skips links and codes', () => {
    const file = join(dir, 'alt-base.txt');
    const alt = join(dir, 'alternateNamesV2.txt');
    writeFileSync(file, `${ROWS[3]}\n`);
    writeFileSync(alt, ['1\t104\ten\tKafranbel\t\t\t\t\t\t', '2\t104\tlink\thttps://example.org/x\t\t\t\t\t\t', '3\t104\tar\tكفرنبل\t\t\t\t\t\t'].join('\n'));
    expect(importGeoNames(file, alt)[0]?.altNames).toEqual(['Kafranbel', 'كفرنبل']);
  });

  it('names file and line of a bad row', () => {
    const file = join(dir, 'bad.txt');
    writeFileSync(file, `${ROWS[0]}\n101\tshort row\n`);
    expect(() => importGeoNames(file)).toThrow(GazetteerFormatError);
    expect(() => importGeoNames(file)).toThrow(`${file}:2`);
    const badLat = join(dir, 'bad-lat.txt');
    writeFileSync(badLat, `${(ROWS[0] ?? '').replace('34.56', 'north')}\n`);
    expect(() => importGeoNames(badLat)).toThrow(/bad coordinates/);
  });

  it('maps feature codes to kinds', () => {
    expect(kindForFeatureCode('PPLC')).toBe('city');
    expect(kindForFeatureCode('OILF')).toBe('oil_field');
    expect(kindForFeatureCode('AIRB')).toBe('base');
    expect(kindForFeatureCode('HLL')).toBe('hill');
    expect(kindForFeatureCode('DAM')).toBe('dam');
    expect(kindForFeatureCode('PPLL')).toBe('village');
    expect(kindForFeatureCode('XYZ', 'P')).toBe('village');
  });

  const real = '../shared/data/geonames-cities500-SY.txt';
  it.skipIf(!existsSync(real))('imports the real GeoNames cities500 rows for Syria', () => {
    const places = importGeoNames(real);
    expect(places).toHaveLength(290);
    expect(places.every((p) => p.admin1 !== null)).toBe(true);
    const aleppo = places.find((p) => p.name === 'Aleppo');
    expect(aleppo).toMatchObject({ kind: 'city', admin1: 'Aleppo' });
  });
});
