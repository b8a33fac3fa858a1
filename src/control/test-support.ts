/** Small builders shared by this folder's tests: extents and observations written by hand. */
import type { ControlObservation, Side } from '../model/index.ts';
import type { Polygon } from 'geojson';
import { cellToLatLng, latLngToCell } from 'h3-js';

/**
 * A lon/lat rectangle as a GeoJSON Polygon.
 *
 * @example
 * square(38, 35, 39, 36); // 1°×1° around Palmyra's north-east
 */
export function square(west: number, south: number, east: number, north: number): Polygon {
  return {
    type: 'Polygon',
    coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]],
  };
}

/**
 * One observation with defaults (baseline origin, 2017-01-01).
 *
 * @example
 * point('A', 35.5, 38.2, 'isis');
 */
export function point(name: string, lat: number, lon: number, side: Side, date = '2017-01-01', extra: Partial<ControlObservation> = {}): ControlObservation {
  return { name, lat, lon, side, date, origin: 'baseline', ...extra };
}

/**
 * `count` observations of one side on a circle of `radiusDeg` degrees of latitude around a centre.
 *
 * @example
 * ring('g', 35.5, 38.5, 0.3, 12, 'government');
 */
export function ring(prefix: string, lat: number, lon: number, radiusDeg: number, count: number, side: Side, from = 0, to = 2 * Math.PI): ControlObservation[] {
  const out: ControlObservation[] = [];
  for (let i = 0; i < count; i++) {
    const angle = from + ((to - from) * i) / count;
    const pointLat = lat + radiusDeg * Math.sin(angle);
    const pointLon = lon + (radiusDeg * Math.cos(angle)) / Math.cos((lat * Math.PI) / 180);
    out.push(point(`${prefix}${i}`, pointLat, pointLon, side));
  }
  return out;
}

/**
 * The H3 cell (at `resolution`) holding a point.
 *
 * @example
 * cellAt(35.5, 38.5); // '872d…'
 */
export function cellAt(lat: number, lon: number, resolution = 7): string {
  return latLngToCell(lat, lon, resolution);
}

/** The centre of an H3 cell as [lat, lon]. */
export function centreOf(cell: string): [number, number] {
  return cellToLatLng(cell);
}
