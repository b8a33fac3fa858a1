/**
 * The committed gazetteer table format: one place per line, tab-separated, with a header.
 *   id  name  alt_names (|-joined)  kind  lat  lon  admin1  population  source_ids (,-joined)
 * Empty admin1/population cells mean unknown.
 */
import { PLACE_KINDS, type Place, type PlaceKind } from '../model/place.ts';
import { GazetteerFormatError } from './errors.ts';

export const TABLE_HEADER = ['id', 'name', 'alt_names', 'kind', 'lat', 'lon', 'admin1', 'population', 'source_ids'] as const;

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
  const lines = places.map((p) =>
    [p.id, p.name, p.altNames.join('|'), p.kind, p.lat, p.lon, p.admin1 ?? '', p.population ?? '', p.source].join('\t'),
  );
  return `${TABLE_HEADER.join('\t')}\n${lines.join('\n')}\n`;
}

/**
 * Parse the table. Every place gets `source = layer`; bad rows throw naming `file:line`.
 * @example parsePlacesTsv(text, 'syria-places.tsv', 'theater-table')
 */
export function parsePlacesTsv(text: string, file: string, layer: string): Place[] {
  const lines = text.split('\n');
  const places: Place[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const c = line.split('\t');
    const [id, name, alts, kind, lat, lon, admin1, population] = c;
    const where = `${file}:${i + 1}`;
    if (c.length !== TABLE_HEADER.length || !id || !name || kind === undefined || lat === undefined || lon === undefined) {
      throw new GazetteerFormatError(where, `expected ${TABLE_HEADER.length} tab-separated columns`);
    }
    if (!isPlaceKind(kind)) throw new GazetteerFormatError(where, `unknown kind "${kind}"`);
    const la = Number(lat);
    const lo = Number(lon);
    if (!Number.isFinite(la) || !Number.isFinite(lo)) throw new GazetteerFormatError(where, 'lat/lon are not numbers');
    places.push({
      id, name, altNames: alts ? alts.split('|') : [], kind, lat: la, lon: lo, admin1: admin1 || null,
      population: population ? Number(population) : null, source: layer,
    });
  }
  return places;
}
