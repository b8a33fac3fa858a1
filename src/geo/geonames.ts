/**
 * GeoNames `geoname` dump import (the documented 19-column tab-separated format, e.g. `SY.txt`
 * or `cities500.txt`), with optional `alternateNamesV2.txt` rows joined by geonameid.
 * Feature codes map to place kinds; bad rows throw naming `file:line`.
 */
import { readFileSync } from 'node:fs';
import type { Place, PlaceKind } from '../model/place.ts';
import { GazetteerFormatError } from './errors.ts';
import { provinceAt } from './provinces.ts';

/** One parsed `geoname` row (the columns the gazetteer uses). */
export interface GeoNamesRow {
  geonameId: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureClass: string;
  featureCode: string;
  countryCode: string;
  admin1Code: string;
  population: number;
}

const CODE_KINDS: ReadonlyMap<string, PlaceKind> = new Map(
  Object.entries({
    PPLC: 'city', PPLA: 'city', PPLG: 'city', PPLA2: 'town', PPLA3: 'town', PPLA4: 'town', PPLX: 'neighbourhood',
    ADM1: 'province', ADM2: 'district', ADM3: 'subdistrict', ADM4: 'subdistrict', PCLI: 'country',
    OILF: 'oil_field', OILW: 'oil_field', GASF: 'gas_field', OILP: 'station', PMPO: 'station', PMPW: 'station',
    PS: 'station', PSH: 'station', MFGN: 'station', STNB: 'station',
    HLL: 'hill', HLLS: 'hill', MND: 'hill', RDGE: 'hill', SPUR: 'hill', MT: 'mountain', MTS: 'mountain', PK: 'mountain', PKS: 'mountain',
    DAM: 'dam', DAMSB: 'dam', RSV: 'dam',
    AIRB: 'base', MILB: 'base', INSM: 'base', CMP: 'base', AIRP: 'airport', AIRF: 'airport', AIRH: 'airport',
    PSTB: 'crossing', PSTC: 'crossing', BDG: 'crossing', GAP: 'crossing', PASS: 'crossing',
    RD: 'road', RDJCT: 'road', ST: 'road', TRL: 'road',
    RGN: 'region', AREA: 'region', DSRT: 'region', PLN: 'region', PLAT: 'region', VAL: 'region', WAD: 'region', OAS: 'region',
  }),
);

/**
 * The place kind for a GeoNames feature code; other populated codes (PPL, PPLL …) are villages.
 * @example kindForFeatureCode('PPLA2') // 'town'
 */
export function kindForFeatureCode(code: string, featureClass = ''): PlaceKind {
  const kind = CODE_KINDS.get(code);
  if (kind) return kind;
  if (code.startsWith('PPL') || featureClass === 'P') return 'village';
  if (featureClass === 'A') return 'region';
  return 'locality';
}

/**
 * Parse one `geoname` line (19 tab-separated columns).
 * @example parseGeoNamesLine(line, 'SY.txt:12').name
 */
export function parseGeoNamesLine(line: string, where: string): GeoNamesRow {
  const c = line.replace(/\r$/, '').split('\t');
  if (c.length !== 19) throw new GazetteerFormatError(where, `expected 19 tab-separated columns, found ${c.length}`);
  const [id = '', name = '', ascii = '', alts = '', lat = '', lon = '', fclass = '', fcode = '', cc = '', , admin1 = '', , , , pop = ''] = c;
  const geonameId = Number(id);
  const la = Number(lat);
  const lo = Number(lon);
  if (!/^\d+$/.test(id)) throw new GazetteerFormatError(where, `geonameid "${id}" is not a number`);
  if (!name) throw new GazetteerFormatError(where, 'empty name');
  if (lat === '' || lon === '' || !Number.isFinite(la) || !Number.isFinite(lo) || Math.abs(la) > 90 || Math.abs(lo) > 180) {
    throw new GazetteerFormatError(where, `bad coordinates "${lat}", "${lon}"`);
  }
  return {
    geonameId, name, asciiName: ascii, alternateNames: alts ? alts.split(',').filter((a) => a.length > 0) : [],
    lat: la, lon: lo, featureClass: fclass, featureCode: fcode, countryCode: cc, admin1Code: admin1,
    population: pop && /^\d+$/.test(pop) ? Number(pop) : 0,
  };
}

/** Names per geonameid from `alternateNamesV2` (id, geonameid, lang, name, …); links and codes skipped. */
function readAlternateNames(file: string): Map<number, string[]> {
  const byId = new Map<number, string[]>();
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const c = line.replace(/\r$/, '').split('\t');
    const [, gid = '', lang = '', name = '', , , , , historic = ''] = c;
    if (c.length < 4 || !/^\d+$/.test(gid)) throw new GazetteerFormatError(`${file}:${i + 1}`, 'expected alternateNames columns (id, geonameid, isolanguage, name, …)');
    if (!name || ['link', 'post', 'iata', 'icao', 'faac', 'fr_1793', 'abbr', 'wkdt', 'unlc'].includes(lang) || historic === '1') return;
    const list = byId.get(Number(gid)) ?? [];
    list.push(name);
    byId.set(Number(gid), list);
  });
  return byId;
}

/**
 * Import a GeoNames country dump (and its alternate names) as places (`gn:<id>`, layer
 * `geonames-import`). `admin1` is `admin1Names(code)` when given, else for Syrian rows the province
 * containing the point, else null.
 * @example importGeoNames('SY.txt', 'alternateNamesV2.txt').length
 */
export function importGeoNames(file: string, altNamesFile?: string, admin1Names?: (code: string) => string | null): Place[] {
  const alternates = altNamesFile ? readAlternateNames(altNamesFile) : new Map<number, string[]>();
  const places: Place[] = [];
  readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const g = parseGeoNamesLine(line, `${file}:${i + 1}`);
    const names = [g.asciiName, ...g.alternateNames, ...(alternates.get(g.geonameId) ?? [])];
    places.push({
      id: `gn:${g.geonameId}`, name: g.name, altNames: [...new Set(names)].filter((n) => n && n !== g.name),
      kind: kindForFeatureCode(g.featureCode, g.featureClass), lat: g.lat, lon: g.lon,
      admin1: admin1Names?.(g.admin1Code) ?? (g.countryCode === 'SY' ? provinceAt(g.lat, g.lon) : null), population: g.population > 0 ? g.population : null, source: 'geonames-import',
    });
  });
  return places;
}
