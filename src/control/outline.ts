import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { MultiPolygon } from 'geojson';

/** ISO 3166-1 numeric code of Syria: the feature id in world-atlas. */
const SYRIA_ID = '760';

let cachedSyria: MultiPolygon | undefined;

/**
 * Syria's outline from Natural Earth (world-atlas countries-10m, public domain), read once and cached.
 * Always a MultiPolygon, so callers handle one shape. Treat it as read-only: it is shared.
 *
 * @example
 * const syria = syriaOutline();
 * syria.coordinates.length; // 1
 */
export function syriaOutline(): MultiPolygon {
  if (cachedSyria) return cachedSyria;
  const require = createRequire(import.meta.url);
  const topology = require('world-atlas/countries-10m.json') as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  // Decode only Syria's arcs, not the whole world's.
  const object = topology.objects.countries.geometries.find((g) => String(g.id) === SYRIA_ID);
  if (object?.type === 'Polygon') cachedSyria = { type: 'MultiPolygon', coordinates: [feature(topology, object).geometry.coordinates] };
  else if (object?.type === 'MultiPolygon') cachedSyria = feature(topology, object).geometry;
  else throw new Error(`[frontwatch] [control] world-atlas countries-10m has no Syria polygon (found ${object?.type ?? 'nothing'})`);
  return cachedSyria;
}
