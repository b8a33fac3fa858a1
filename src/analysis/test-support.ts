/** Builders for the synthetic scenarios of the analysis tests (distances in km, bearings in degrees). */
import type { Polygon } from 'geojson';
import type { ControlObservation, Side } from '../model/index.ts';
import { destination } from './geodesy.ts';

export const CENTRE = { lat: 35, lon: 38 };

/**
 * A square extent `sizeKm` wide centred on (lat, lon).
 *
 * @example
 * squareExtent(35, 38, 300); // a Polygon about 300 × 300 km
 */
export function squareExtent(lat: number, lon: number, sizeKm: number): Polygon {
  const half = sizeKm / 2;
  const north = destination(lat, lon, 0, half).lat;
  const south = destination(lat, lon, 180, half).lat;
  const east = destination(lat, lon, 90, half).lon;
  const west = destination(lat, lon, 270, half).lon;
  return { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
}

/**
 * One baseline observation.
 *
 * @example
 * held('Sukhnah', 34.88, 38.87, 'isis'); // { name: 'Sukhnah', …, origin: 'baseline' }
 */
export function held(name: string, lat: number, lon: number, side: Side, date = '2017-01-01'): ControlObservation {
  return { name, lat, lon, side, date, origin: 'baseline' };
}

/**
 * `count` positions evenly spaced on a circle of `radiusKm` from bearing `fromDeg` to `toDeg`
 * (both ends included when the arc is not a full circle).
 *
 * @example
 * onCircle('gov', CENTRE, 40, 72, 'government'); // a closed ring of 72 posts
 */
export function onCircle(
  prefix: string,
  centre: { lat: number; lon: number },
  radiusKm: number,
  count: number,
  side: Side,
  fromDeg = 0,
  toDeg = 360,
): ControlObservation[] {
  const full = toDeg - fromDeg >= 360;
  const step = (toDeg - fromDeg) / (full ? count : count - 1);
  return Array.from({ length: count }, (_, k) => {
    const at = destination(centre.lat, centre.lon, fromDeg + k * step, radiusKm);
    return held(`${prefix}-${k}`, at.lat, at.lon, side);
  });
}

/**
 * Positions along a straight line from `from` on `bearingDeg`, every `spacingKm`, `count` of them.
 *
 * @example
 * alongLine('isis', CENTRE, 90, 10, 5, 'isis'); // 5 posts eastwards, 10 km apart
 */
export function alongLine(
  prefix: string,
  from: { lat: number; lon: number },
  bearingDeg: number,
  spacingKm: number,
  count: number,
  side: Side,
): ControlObservation[] {
  return Array.from({ length: count }, (_, k) => {
    const at = destination(from.lat, from.lon, bearingDeg, k * spacingKm);
    return held(`${prefix}-${k}`, at.lat, at.lon, side);
  });
}
