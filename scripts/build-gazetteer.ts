/**
 * Derives the committed Syria gazetteer from the open data in ../shared/data (see its SOURCES.md):
 *   data/gazetteer/syria-places.tsv        populated places, districts, subdistricts, governorates
 *   data/gazetteer/syria-provinces.geojson governorate outlines (Natural Earth, simplified)
 * Usage: npm run gazetteer:build [-- --data DIR] [-- --out DIR]
 * Output is sorted and rounded so that re-running on the same inputs gives no diff.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { SYRIA_PROVINCES, provinceByIso, provinceByGeonamesCode } from '../src/theater/syria/provinces.ts';
import { foldName, nameKeys, normalizeName } from '../src/geo/normalize.ts';
import { haversineKm } from '../src/geo/geometry.ts';
import { parseGeoNamesLine, kindForFeatureCode } from '../src/geo/geonames.ts';
import { createProvinceLocator } from '../src/geo/provinces.ts';
import { formatPlacesTsv } from '../src/geo/table.ts';
import type { Place, PlaceKind } from '../src/model/place.ts';

const { values: args } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data' }, out: { type: 'string', default: 'data/gazetteer' } },
});
const dataDir = resolve(args.data ?? '../shared/data');
const outDir = resolve(args.out ?? 'data/gazetteer');

const readJson = (file: string): unknown => JSON.parse(readFileSync(join(dataDir, file), 'utf8'));

/** Latin (with its extensions) or Arabic script only: other scripts never occur in the reports we read. */
const USEFUL_SCRIPT = /^[\p{Script=Latin}\p{Script=Arabic}\p{N}\p{P}\p{Zs}\p{M}\p{Sk}ʿʾʻʼ`'’‘-]+$/u;
/** Admin words the sources put around names ("Hasakah Subdistrict", "ناحية …"): not part of the name. */
const ADMIN_WORDS = /\b(sub-?district|district|governorate|province|nahiyat?|markaz|mintaqat|muhafazat|mantiqat)\b|ناحية|منطقة|محافظة|مركز/giu;

const round = (x: number, d = 5): number => Math.round(x * 10 ** d) / 10 ** d;

interface Row {
  id: string;
  name: string;
  names: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  admin1: string | null;
  population: number | null;
  sources: Set<string>;
}

function cleanName(s: string): string {
  return s.replace(ADMIN_WORDS, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Distinct, useful alternate names: other scripts dropped, admin words removed, and one name per
 * matching key (variants that only differ in what normalizeName ignores add nothing to the index).
 */
function altNames(row: Row): string[] {
  const seen = new Set([normalizeName(row.name)]);
  const out: string[] = [];
  for (const raw of [...row.names].sort()) {
    const n = cleanName(raw.replace(/\t|\|/g, ' '));
    const key = normalizeName(n);
    if (foldName(n).length < 2 || !USEFUL_SCRIPT.test(n) || seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

const LATIN = /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}\p{M}\p{Sk}ʿʾʻʼ`'’‘-]+$/u;

/** A Latin-script display name: the source's own when it is Latin, else its first Latin variant. */
function displayName(name: string, variants: readonly string[]): string {
  return LATIN.test(name) ? name : (variants.find((v) => LATIN.test(v)) ?? name);
}

function kindFor(population: number | null, fallback: PlaceKind): PlaceKind {
  if (population !== null && population >= 100_000) return 'city';
  if (population !== null && population >= 10_000 && fallback === 'village') return 'town';
  return fallback;
}

// --- governorate outlines -------------------------------------------------------------------------
interface NeProps { iso_3166_2: string; name: string; name_alt?: string | null; name_en?: string | null; [k: string]: unknown }
const ne = readJson('ne10m-admin1-syria.geojson') as FeatureCollection<Polygon | MultiPolygon, NeProps>;
const provinceAliases = new Map<string, Set<string>>(SYRIA_PROVINCES.map((p) => [p.name, new Set(p.aliases)]));
const outlines: Array<Feature<Polygon | MultiPolygon, { name: string; iso: string }>> = [];
for (const f of ne.features) {
  // The UNDOF strip is not a governorate; its ground belongs to Quneitra.
  const province = provinceByIso(f.properties.iso_3166_2) ?? provinceByIso('SY-QU');
  if (!province) continue;
  if (f.properties.iso_3166_2 === province.iso) {
    for (const n of [f.properties.name, f.properties.name_en, ...(f.properties.name_alt ?? '').split('|')]) {
      if (n) provinceAliases.get(province.name)?.add(n);
    }
  }
  const simple = simplify(f, { tolerance: 0.004, highQuality: true, mutate: false });
  const geometry = roundGeometry(simple.geometry);
  outlines.push({ type: 'Feature', properties: { name: province.name, iso: f.properties.iso_3166_2 }, geometry });
}
outlines.sort((a, b) => a.properties.iso.localeCompare(b.properties.iso));

function roundGeometry(g: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const ring = (r: number[][]): number[][] => r.map((p) => [round(p[0] ?? 0, 4), round(p[1] ?? 0, 4)]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((poly) => poly.map(ring)) };
}
const outlineCollection: FeatureCollection = { type: 'FeatureCollection', features: outlines };
const locator = createProvinceLocator(outlineCollection);

// --- Who's On First localities --------------------------------------------------------------------
interface WofProps {
  wof_id: number; placetype: string; name: string; names?: Record<string, string[]>; gn_id: number | null;
  gn_fcode: string | null; region_id: number | null; population: number | null; deprecated: string | null;
  superseded_by?: number[]; lat: number; lon: number;
}
interface WofAdminProps { wof_id: number; placetype: string; 'wof:shortcode'?: string | null }
const wofAdmin = readJson('wof-sy-admin.geojson') as FeatureCollection<null, WofAdminProps>;
const regionProvince = new Map<number, string>();
for (const f of wofAdmin.features) {
  const code = f.properties['wof:shortcode'];
  if (f.properties.placetype !== 'region' || !code) continue;
  const province = code === 'SY' ? provinceByIso('SY-QU') : provinceByIso(`SY-${code}`);
  if (province) regionProvince.set(f.properties.wof_id, province.name);
}

const rows = new Map<string, Row>();
const byGeonamesId = new Map<number, Row>();
const wof = readJson('wof-sy-localities.geojson') as FeatureCollection<null, WofProps>;
for (const { properties: p } of wof.features) {
  if (p.deprecated || (p.superseded_by?.length ?? 0) > 0) continue;
  const admin1 = (p.region_id !== null ? regionProvince.get(p.region_id) : undefined) ?? locator(p.lat, p.lon);
  if (!admin1) continue; // outside Syria and not attached to a governorate
  const names = Object.values(p.names ?? {}).flat();
  const base: PlaceKind = p.placetype === 'neighbourhood' ? 'neighbourhood' : p.placetype === 'locality' ? 'village' : 'locality';
  const population = p.population && p.population > 0 ? p.population : null;
  const row: Row = {
    id: `wof:${p.wof_id}`, name: displayName(p.name, [...(p.names?.['eng_x_preferred'] ?? []), ...names]).replace(/`/g, '‘'), names: [p.name, ...names], kind: kindFor(population, p.gn_fcode ? kindForFeatureCode(p.gn_fcode) : base),
    lat: round(p.lat), lon: round(p.lon), admin1, population, sources: new Set([`wof:${p.wof_id}`]),
  };
  if (p.gn_id) {
    row.sources.add(`gn:${p.gn_id}`);
    byGeonamesId.set(p.gn_id, row);
  }
  rows.set(row.id, row);
}

// --- GeoNames cities500 rows: enrich the WOF row with the same gn_id, or add ------------------------
const gnFile = 'geonames-cities500-SY.txt';
readFileSync(join(dataDir, gnFile), 'utf8').split('\n').forEach((line, i) => {
  if (line.trim() === '') return;
  const g = parseGeoNamesLine(line, `${gnFile}:${i + 1}`);
  const admin1 = provinceByGeonamesCode(g.admin1Code)?.name ?? locator(g.lat, g.lon);
  const population = g.population > 0 ? g.population : null;
  const existing = byGeonamesId.get(g.geonameId);
  const fcodeKind = kindForFeatureCode(g.featureCode);
  if (existing) {
    existing.names.push(g.name, g.asciiName, ...g.alternateNames);
    existing.population = population ?? existing.population;
    existing.kind = kindFor(existing.population, fcodeKind);
    existing.admin1 = existing.admin1 ?? admin1;
    return;
  }
  const row: Row = {
    id: `gn:${g.geonameId}`, name: g.name, names: [g.asciiName, ...g.alternateNames], kind: kindFor(population, fcodeKind),
    lat: round(g.lat), lon: round(g.lon), admin1, population, sources: new Set([`gn:${g.geonameId}`]),
  };
  rows.set(row.id, row);
});

// --- OpenSyria governorates, districts, subdistricts ----------------------------------------------
interface OsAlias { value: string; language: string }
interface OsRecord {
  id: string; governorateId?: string; name: { en: string; ar: string }; aliases?: OsAlias[]; iso31662?: string;
  centroid: { latitude: number; longitude: number }; population?: { value: number } | null;
}
const governorates = readJson('opensyria-governorates.json') as OsRecord[];
const governorateProvince = new Map<string, string>();
for (const gov of governorates) {
  const province = provinceByIso(gov.iso31662 ?? '');
  if (!province) continue;
  governorateProvince.set(gov.id, province.name);
  const aliases = [...(provinceAliases.get(province.name) ?? []), gov.name.en, gov.name.ar, ...(gov.aliases ?? []).map((a) => a.value)];
  rows.set(`os:${gov.id}`, {
    id: `os:${gov.id}`, name: province.name, names: aliases, kind: 'province', lat: round(gov.centroid.latitude), lon: round(gov.centroid.longitude),
    admin1: province.name, population: gov.population?.value ?? null, sources: new Set([`os:${gov.id}`]),
  });
}
for (const [file, kind] of [['opensyria-districts.json', 'district'], ['opensyria-subdistricts.json', 'subdistrict']] as const) {
  for (const rec of readJson(file) as OsRecord[]) {
    const { latitude: lat, longitude: lon } = rec.centroid;
    rows.set(`os:${rec.id}`, {
      id: `os:${rec.id}`, name: cleanName(rec.name.en), names: [rec.name.ar, ...(rec.aliases ?? []).map((a) => a.value)], kind,
      lat: round(lat), lon: round(lon), admin1: governorateProvince.get(rec.governorateId ?? '') ?? locator(lat, lon),
      population: rec.population?.value ?? null, sources: new Set([`os:${rec.id}`]),
    });
  }
}

// --- administrative centres ---------------------------------------------------------------------
// A district or subdistrict is named after its centre town: the nearest populated place within 50 km
// of the unit's centroid whose name has the same consonant skeleton gets the unit's spellings, and is
// at least a town. (Centroids of large desert units lie far from their centre town.)
const populated = [...rows.values()].filter((r) => r.kind === 'village' || r.kind === 'town' || r.kind === 'city');
for (const unit of [...rows.values()].filter((r) => r.kind === 'district' || r.kind === 'subdistrict')) {
  const skeleton = nameKeys(unit.name).skeleton;
  let centre: Row | null = null;
  let bestKm = 50;
  for (const r of populated) {
    if (Math.abs(r.lat - unit.lat) > 0.5 || Math.abs(r.lon - unit.lon) > 0.6) continue;
    const km = haversineKm(r.lat, r.lon, unit.lat, unit.lon);
    if (km < bestKm && [r.name, ...r.names].some((n) => nameKeys(n).skeleton === skeleton)) {
      centre = r;
      bestKm = km;
    }
  }
  if (!centre) continue;
  centre.names.push(unit.name, ...unit.names);
  if (centre.kind === 'village') centre.kind = 'town';
  centre.sources.add(unit.id);
}

// --- write ------------------------------------------------------------------------------------------
const places: Place[] = [...rows.values()]
  .map((r) => ({
    id: r.id, name: r.name, altNames: altNames(r), kind: r.kind, lat: r.lat, lon: r.lon, admin1: r.admin1,
    population: r.population, source: [...r.sources].sort().join(','),
  }))
  .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'syria-places.tsv'), formatPlacesTsv(places));
writeFileSync(join(outDir, 'syria-provinces.geojson'), `${JSON.stringify(outlineCollection)}\n`);
const counts = new Map<string, number>();
for (const p of places) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
console.log(`[frontwatch] [geo] wrote ${places.length} places (${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}) and ${outlines.length} outlines to ${outDir}`);
