/**
 * Loading the default Syria gazetteer (committed table + the pack's additions) and user files.
 */
import { readFileSync } from 'node:fs';
import type { Place } from '../model/place.ts';
import { SYRIA_PACK_PLACES, type PackPlaceRow } from '../theater/syria/places.ts';
import { GazetteerFormatError } from './errors.ts';
import { Gazetteer } from './gazetteer.ts';
import { provinceAt } from './provinces.ts';
import { isPlaceKind, parsePlacesTsv } from './table.ts';

const TABLE_URL = new URL('../../data/gazetteer/syria-places.tsv', import.meta.url);

/** Pack rows as places (`source: theater-pack`); a missing admin1 comes from point-in-province. */
export function packPlaces(rows: readonly PackPlaceRow[]): Place[] {
  return rows.map((r) => ({
    id: r.id, name: r.name, altNames: [...r.aliases], kind: r.kind, lat: r.lat, lon: r.lon,
    admin1: r.admin1 === undefined ? provinceAt(r.lat, r.lon) : r.admin1, population: r.population ?? null, source: 'theater-pack',
  }));
}

let cached: Gazetteer | null = null;

/**
 * The default gazetteer: the committed Syria table plus the Syria pack's additions. Cached.
 * @example loadSyriaGazetteer().size // ≈ 10,900
 */
export function loadSyriaGazetteer(): Gazetteer {
  if (cached) return cached;
  const table = parsePlacesTsv(readFileSync(TABLE_URL, 'utf8'), 'data/gazetteer/syria-places.tsv', 'theater-table');
  cached = new Gazetteer(table.places, table.keys ?? undefined);
  cached.add(packPlaces(SYRIA_PACK_PLACES));
  return cached;
}

/** Split one CSV line, honouring double quotes. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') { cur += '"'; i++; }
    else if (c === '"') quoted = !quoted;
    else if (c === ',' && !quoted) { out.push(cur); cur = ''; }
    else cur += c;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface UserRow { id?: unknown; name?: unknown; alt_names?: unknown; altNames?: unknown; kind?: unknown; lat?: unknown; lon?: unknown; admin1?: unknown; population?: unknown }

function userPlace(r: UserRow, where: string): Place {
  const name = typeof r.name === 'string' ? r.name.trim() : '';
  const kind = typeof r.kind === 'string' ? r.kind.trim() : '';
  const lat = Number(r.lat);
  const lon = Number(r.lon);
  if (!name) throw new GazetteerFormatError(where, 'missing name');
  if (!isPlaceKind(kind)) throw new GazetteerFormatError(where, `unknown kind "${kind}"`);
  if (r.lat === '' || r.lon === '' || !Number.isFinite(lat) || !Number.isFinite(lon) || Math.abs(lat) > 90 || Math.abs(lon) > 180) {
    throw new GazetteerFormatError(where, 'lat/lon missing or out of range');
  }
  const alts = r.altNames ?? r.alt_names;
  const altNames = Array.isArray(alts) ? alts.map(String) : typeof alts === 'string' && alts ? alts.split('|').map((s) => s.trim()) : [];
  const admin1 = typeof r.admin1 === 'string' && r.admin1.trim() ? r.admin1.trim() : provinceAt(lat, lon);
  const population = r.population === undefined || r.population === '' || r.population === null ? null : Number(r.population);
  return {
    id: typeof r.id === 'string' && r.id ? r.id : `user:${slug(name)}`, name, altNames, kind, lat, lon, admin1,
    population: population !== null && Number.isFinite(population) ? population : null, source: 'user',
  };
}

/**
 * A user's additions: JSON (an array of {name, alt_names|altNames, kind, lat, lon, admin1?, id?})
 * or CSV with a header `name,alt_names,kind,lat,lon,admin1` (alt names `|`-joined).
 * Bad rows throw a GazetteerFormatError naming `file:line` (JSON: `file:#index`).
 * @example gazetteer.add(loadUserPlaces('extra-places.csv'))
 */
export function loadUserPlaces(file: string): Place[] {
  const text = readFileSync(file, 'utf8');
  if (/^\s*[[{]/.test(text)) {
    let data: unknown;
    try { data = JSON.parse(text); } catch (e) { throw new GazetteerFormatError(file, `not valid JSON: ${(e as Error).message}`); }
    if (!Array.isArray(data)) throw new GazetteerFormatError(file, 'expected a JSON array of places');
    return data.map((r: UserRow, i) => userPlace(r, `${file}:#${i}`));
  }
  const lines = text.split(/\r?\n/);
  const header = splitCsv(lines[0] ?? '');
  for (const col of ['name', 'kind', 'lat', 'lon']) {
    if (!header.includes(col)) throw new GazetteerFormatError(`${file}:1`, `header lacks column "${col}"`);
  }
  const places: Place[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = splitCsv(line);
    const r: Record<string, string> = {};
    header.forEach((h, j) => { r[h] = cells[j] ?? ''; });
    places.push(userPlace(r, `${file}:${i + 2}`));
  });
  return places;
}
