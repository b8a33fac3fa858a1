import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { UsageError } from './errors.ts';

const BBOX = /^\s*-?\d+(?:\.\d+)?\s*(?:,\s*-?\d+(?:\.\d+)?\s*){3}$/;

/**
 * The area a map covers, from `--extent`: a box `west,south,east,north` (degrees) or a GeoJSON file
 * (a geometry, Feature or FeatureCollection; its polygons together).
 *
 * @example
 * parseExtent('37,34,39,36'); // { type: 'Polygon', coordinates: [[[37, 34], [39, 34], [39, 36], [37, 36], [37, 34]]] }
 */
export function parseExtent(value: string): Polygon | MultiPolygon {
  if (BBOX.test(value)) {
    const [west, south, east, north] = value.split(',').map(Number) as [number, number, number, number];
    if (!(west < east && south < north && west >= -180 && east <= 180 && south >= -90 && north <= 90)) {
      throw new UsageError(`--extent ${value}: give west,south,east,north with west < east and south < north`);
    }
    return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(value, 'utf8'));
  } catch (e) {
    throw new UsageError(`--extent ${value}: neither west,south,east,north nor a readable GeoJSON file (${(e as Error).message})`);
  }
  const polygons = polygonsOf(doc);
  if (!polygons.length) throw new UsageError(`--extent ${value}: the GeoJSON has no Polygon or MultiPolygon`);
  return polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
}

function polygonsOf(node: unknown): Position[][][] {
  if (typeof node !== 'object' || node === null) return [];
  const o = node as { type?: unknown; coordinates?: unknown; geometry?: unknown; features?: unknown };
  if (o.type === 'Polygon') return [o.coordinates as Position[][]];
  if (o.type === 'MultiPolygon') return o.coordinates as Position[][][];
  if (o.type === 'Feature') return polygonsOf(o.geometry);
  if (o.type === 'FeatureCollection' && Array.isArray(o.features)) return o.features.flatMap(polygonsOf);
  return [];
}

/** True when at least one point lies inside the extent's bounding box (a cheap test that the evidence is on the map at all). */
export function anyInBox(extent: Polygon | MultiPolygon, points: ReadonlyArray<{ lat: number; lon: number }>): boolean {
  const rings = extent.type === 'Polygon' ? extent.coordinates : extent.coordinates.flat();
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    for (const [lon = 0, lat = 0] of ring) {
      west = Math.min(west, lon);
      east = Math.max(east, lon);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return points.some((p) => p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north);
}
