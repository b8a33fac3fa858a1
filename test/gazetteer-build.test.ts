import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlacesTsv } from '../src/geo/table.ts';

/** A tiny stand-in for ../shared/data: one governorate square, two localities, one GeoNames row, one subdistrict. */
function writeFixture(dir: string): void {
  const square = [[[36.0, 34.5], [38.0, 34.5], [38.0, 36.0], [36.0, 36.0], [36.0, 34.5]]];
  const json = (name: string, value: unknown): void => writeFileSync(join(dir, name), JSON.stringify(value));
  json('ne10m-admin1-syria.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { iso_3166_2: 'SY-HM', name: 'Hamah', name_alt: 'Hama|Ḥamāh', name_en: 'Hama' }, geometry: { type: 'Polygon', coordinates: square } }] });
  json('wof-sy-admin.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { wof_id: 7, placetype: 'region', 'wof:shortcode': 'HM' }, geometry: null }] });
  const locality = (wofId: number, name: string, names: Record<string, string[]>, gnId: number | null, lat: number, lon: number, regionId: number | null) =>
    ({ type: 'Feature', properties: { wof_id: wofId, placetype: 'locality', name, names, gn_id: gnId, gn_fcode: null, region_id: regionId, population: null, deprecated: null, superseded_by: [], lat, lon }, geometry: null });
  json('wof-sy-localities.geojson', { type: 'FeatureCollection', features: [
    locality(2, '`Uqayribat', { ara_x_preferred: ['عقيربات'], und_x_variant: ['‘Uqayribāt', 'Uqayribat', 'Аҡайрибат'] }, 162803, 35.0431, 37.46442, null),
    locality(1, 'Salamiyah', { und_x_variant: ['As Salamiyah', 'Salamiyeh'] }, 163345, 35.01127, 37.05324, 7),
    locality(3, 'Far Away', {}, null, 30.0, 30.0, null),
  ] });
  writeFileSync(join(dir, 'geonames-cities500-SY.txt'), ['163345', 'Salamiyah', 'Salamiyah', 'Salamiya,Selemiye,سلمية', '35.01127', '37.05324', 'P', 'PPLA2', 'SY', '', '10', '', '', '', '66724', '', '475', 'Asia/Damascus', '2012-01-18'].join('\t') + '\n');
  json('opensyria-governorates.json', [{ id: 'sy-hama', name: { en: 'Hama', ar: 'حماة' }, aliases: [{ value: 'Hamah Governorate', language: 'en' }], iso31662: 'SY-HM', centroid: { latitude: 35.2, longitude: 37.1 }, population: { value: 1600000 } }]);
  json('opensyria-districts.json', []);
  json('opensyria-subdistricts.json', [{ id: 'sy-hama-salamiyeh-oqeirbat', governorateId: 'sy-hama', name: { en: 'Oqeirbat', ar: 'عقيربات' }, aliases: [{ value: 'Oqeirbat Subdistrict', language: 'en' }], centroid: { latitude: 35.2, longitude: 37.8 }, population: { value: 20000 } }]);
}

describe('scripts/build-gazetteer.ts', () => {
  it('derives a sorted, deterministic table with provinces, merged sources and centre towns', () => {
    const data = mkdtempSync(join(tmpdir(), 'fw-gz-data-'));
    const out = mkdtempSync(join(tmpdir(), 'fw-gz-out-'));
    writeFixture(data);
    const build = (): string => {
      execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-gazetteer.ts', '--data', data, '--out', out], { stdio: 'pipe' });
      return readFileSync(join(out, 'syria-places.tsv'), 'utf8');
    };
    const first = build();
    expect(build()).toBe(first);
    const { places } = parsePlacesTsv(first, 'syria-places.tsv', 'theater-table');
    expect(places.map((p) => p.id)).toEqual(['os:sy-hama', 'os:sy-hama-salamiyeh-oqeirbat', 'wof:1', 'wof:2']);
    const [province, subdistrict, salamiyah, uqayribat] = places;
    expect(province).toMatchObject({ name: 'Hama', kind: 'province', admin1: 'Hama', population: 1600000 });
    // "Hamah", "Ḥamāh" and "Hamah Governorate" share the name's key: one name per key is kept.
    expect(province?.altNames).toEqual(['حماة']);
    expect(subdistrict).toMatchObject({ name: 'Oqeirbat', kind: 'subdistrict', admin1: 'Hama' });
    expect(salamiyah).toMatchObject({ kind: 'town', population: 66724, admin1: 'Hama' });
    expect(salamiyah?.altNames).toEqual(expect.arrayContaining(['Selemiye', 'سلمية']));
    expect(uqayribat).toMatchObject({ name: '‘Uqayribat', kind: 'town', admin1: 'Hama' });
    expect(uqayribat?.altNames).toContain('Oqeirbat');
    expect(uqayribat?.altNames.some((n) => /[А-я]/.test(n))).toBe(false);
    const outlines = JSON.parse(readFileSync(join(out, 'syria-provinces.geojson'), 'utf8')) as { features: Array<{ properties: { name: string } }> };
    expect(outlines.features.map((f) => f.properties.name)).toEqual(['Hama']);
  }, 30_000);
});
