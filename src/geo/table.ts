/**
 * The committed gazetteer table format: one place per line, tab-separated, with a header.
 *   id  name  alt_names (|-joined)  kind  lat  lon  admin1  population  source_ids (,-joined)  name_keys
 * Empty admin1/population cells mean unknown. `name_keys` holds `key skeleton` of the name and of each
 * alternate name, |-joined in the same order, computed under the normalizer version named in the
 * header (`name_keys@v1`): loading then costs no normalisation; another version is recomputed.
 */
import { PLACE_KINDS, type Place, type PlaceKind } from '../model/place.ts';
import { GazetteerFormatError } from './errors.ts';
import { NORMALIZE_VERSION, nameKeys } from './normalize.ts';

const KEYS_COLUMN = `name_keys@v${NORMALIZE_VERSION}`;
export const TABLE_HEADER = ['id', 'name', 'alt_names', 'kind', 'lat', 'lon', 'admin1', 'population', 'source_ids', KEYS_COLUMN] as const;

/**
 * Places of a table, with their stored name keys (one `key skeleton|key skeleton…` string per place,
 * split only when indexed) when the table's normalizer version is current.
 */
export interface ParsedTable {
  places: Place[];
  keys: string[] | null;
}

const KINDS: ReadonlySet<string> = new Set(PLACE_KINDS);

/** True when `s` is one of the place kinds of the model. */
export function isPlaceKind(s: string): s is PlaceKind {
  return KINDS.has(s);
}

/**
 * Serialise places as the table; `source` holds the source ids (`wof:1,gn:2`).
 * @example formatPlacesTsv([place]) // 'id\tname\t…\nwof:1\tHama\t…\n'
 */
export function formatPlacesTsv(places: readonly Place[]): string {
  const lines = places.map((p) => {
    const keys = [p.name, ...p.altNames].map((n) => { const k = nameKeys(n); return `${k.key} ${k.skeleton}`; }).join('|');
    return [p.id, p.name, p.altNames.join('|'), p.kind, p.lat, p.lon, p.admin1 ?? '', p.population ?? '', p.source, keys].join('\t');
  });
  return `${TABLE_HEADER.join('\t')}\n${lines.join('\n')}\n`;
}

/**
 * Parse the table. Every place gets `source = layer`; bad rows throw naming `file:line`.
 * @example parsePlacesTsv(text, 'syria-places.tsv', 'theater-table').places.length
 */
export function parsePlacesTsv(text: string, file: string, layer: string): ParsedTable {
  const lines = text.split('\n');
  const header = (lines[0] ?? '').split('\t');
  const keysCurrent = header[TABLE_HEADER.length - 1] === KEYS_COLUMN;
  const places: Place[] = [];
  const keys: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const c = line.split('\t');
    const [id, name, alts, kind, lat, lon, admin1, population, , storedKeys] = c;
    const where = `${file}:${i + 1}`;
    if (c.length !== header.length || !id || !name || kind === undefined || lat === undefined || lon === undefined) {
      throw new GazetteerFormatError(where, `expected ${header.length} tab-separated columns`);
    }
    if (!isPlaceKind(kind)) throw new GazetteerFormatError(where, `unknown kind "${kind}"`);
    const la = Number(lat);
    const lo = Number(lon);
    if (!Number.isFinite(la) || !Number.isFinite(lo)) throw new GazetteerFormatError(where, 'lat/lon are not numbers');
    const altNames = alts ? alts.split('|') : [];
    places.push({ id, name, altNames, kind, lat: la, lon: lo, admin1: admin1 || null, population: population ? Number(population) : null, source: layer });
    if (keysCurrent) keys.push(storedKeys ?? '');
  }
  return { places, keys: keysCurrent ? keys : null };
}
