/**
 * Point-in-province over the committed governorate outlines (Natural Earth admin1, simplified).
 * Each outline carries a bounding box so most polygons are rejected before the ray test.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';

type Rings = Position[][];
interface Outline { name: string; polygons: Rings[]; bbox: [number, number, number, number] }

/** Finds the province containing a point, or null outside all of them. */
export type ProvinceLocator = (lat: number, lon: number) => string | null;

function insideRing(ring: Position[], x: number, y: number): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi = 0, yi = 0] = ring[i] ?? [];
    const [xj = 0, yj = 0] = ring[j] ?? [];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function insidePolygon(rings: Rings, x: number, y: number): boolean {
  const [outer, ...holes] = rings;
  return !!outer && insideRing(outer, x, y) && !holes.some((h) => insideRing(h, x, y));
}

/**
 * Build a locator from polygons whose features carry a `name` property.
 * @example createProvinceLocator(fc)(34.73, 36.71) // 'Homs'
 */
export function createProvinceLocator(fc: FeatureCollection): ProvinceLocator {
  const outlines: Outline[] = [];
  for (const f of fc.features) {
    const name = f.properties?.['name'];
    if (typeof name !== 'string' || !f.geometry) continue;
    const g = f.geometry;
    const polygons = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
    const bbox: Outline['bbox'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const poly of polygons) {
      for (const [x = 0, y = 0] of poly[0] ?? []) {
        bbox[0] = Math.min(bbox[0], x); bbox[1] = Math.min(bbox[1], y);
        bbox[2] = Math.max(bbox[2], x); bbox[3] = Math.max(bbox[3], y);
      }
    }
    outlines.push({ name, polygons, bbox });
  }
  return (lat, lon) => {
    for (const o of outlines) {
      if (lon < o.bbox[0] || lat < o.bbox[1] || lon > o.bbox[2] || lat > o.bbox[3]) continue;
      if (o.polygons.some((p) => insidePolygon(p, lon, lat))) return o.name;
    }
    return null;
  };
}

const OUTLINES_URL = new URL('../../data/gazetteer/syria-provinces.geojson', import.meta.url);
let syriaLocator: ProvinceLocator | null = null;

/** The committed Syria outlines as GeoJSON (the web map draws them too). */
export function loadSyriaProvinceOutlines(): FeatureCollection {
  return JSON.parse(readFileSync(OUTLINES_URL, 'utf8')) as FeatureCollection;
}

/** Probe offsets (degrees) for points just outside the simplified outlines: ~3, ~6 and ~11 km. */
const SNAP_STEPS = [0.03, 0.06, 0.1];
const SNAP_DIRECTIONS: ReadonlyArray<[number, number]> = [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [1, -1], [-1, 1], [-1, -1]];

/**
 * The Syrian governorate containing a point; a point within about 10 km outside the (simplified)
 * outlines — a border town, a crossing — takes the nearest governorate found by probing around it.
 * Null farther out.
 * @example provinceAt(35.13, 36.75) // 'Hama'
 */
export function provinceAt(lat: number, lon: number): string | null {
  syriaLocator ??= createProvinceLocator(loadSyriaProvinceOutlines());
  const inside = syriaLocator(lat, lon);
  if (inside) return inside;
  for (const step of SNAP_STEPS) {
    for (const [dy, dx] of SNAP_DIRECTIONS) {
      const near = syriaLocator(lat + dy * step, lon + dx * step);
      if (near) return near;
    }
  }
  return null;
}
