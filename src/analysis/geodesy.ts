/** Small spherical helpers shared by the analyses (kilometres, degrees, [lon, lat] order in GeoJSON). */

const EARTH_RADIUS_KM = 6371.0088;
const DEG = Math.PI / 180;

/**
 * Great-circle distance in km (haversine).
 *
 * @example
 * greatCircleKm(35, 38, 35, 39); // ≈ 91.1
 */
export function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = (lat2 - lat1) * DEG;
  const dLon = (lon2 - lon1) * DEG;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * DEG) * Math.cos(lat2 * DEG) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * A point `km` away from (lat, lon) on the initial bearing `bearingDeg` (0 = north, 90 = east).
 *
 * @example
 * destination(35, 38, 0, 111.2); // ≈ { lat: 36, lon: 38 }
 */
export function destination(lat: number, lon: number, bearingDeg: number, km: number): { lat: number; lon: number } {
  const d = km / EARTH_RADIUS_KM;
  const b = bearingDeg * DEG;
  const lat1 = lat * DEG;
  const lon1 = lon * DEG;
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(b));
  const lon2 = lon1 + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { lat: lat2 / DEG, lon: lon2 / DEG };
}

/**
 * A local flat projection (km east, km north of an origin): exact enough for ordering, sides of a
 * line and projections over a few hundred km, never used for the reported distances.
 *
 * @example
 * const toXY = localProjection(35, 38);
 * toXY(35, 39); // ≈ [91.2, 0]
 */
export function localProjection(originLat: number, originLon: number): (lat: number, lon: number) => [number, number] {
  const kmPerDegLat = EARTH_RADIUS_KM * DEG;
  const kmPerDegLon = kmPerDegLat * Math.cos(originLat * DEG);
  return (lat, lon) => [(lon - originLon) * kmPerDegLon, (lat - originLat) * kmPerDegLat];
}
