/** Small spherical helpers (kilometres, degrees; bearing clockwise from north). */

const R_KM = 6371.0088;
const rad = (d: number): number => (d * Math.PI) / 180;
const deg = (r: number): number => (r * 180) / Math.PI;

/**
 * Great-circle distance in km.
 * @example haversineKm(33.51, 36.29, 34.73, 36.71) // ≈ 141
 */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dLat = rad(lat2 - lat1);
  const dLon = rad(lon2 - lon1);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(rad(lat1)) * Math.cos(rad(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * R_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * The point `km` away from a start point along a bearing.
 * @example destinationPoint(35.33, 40.14, 13, 180) // ≈ { lat: 35.21, lon: 40.14 }
 */
export function destinationPoint(lat: number, lon: number, km: number, bearingDeg: number): { lat: number; lon: number } {
  const d = km / R_KM;
  const b = rad(bearingDeg);
  const p1 = rad(lat);
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 = rad(lon) + Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return { lat: deg(p2), lon: ((deg(l2) + 540) % 360) - 180 };
}

/** The midpoint of two nearby points (planar average; fine at the scale of one front). */
export function midpoint(a: { lat: number; lon: number }, b: { lat: number; lon: number }): { lat: number; lon: number } {
  return { lat: (a.lat + b.lat) / 2, lon: (a.lon + b.lon) / 2 };
}

const COMPASS: Readonly<Record<string, number>> = {
  north: 0, northeast: 45, east: 90, southeast: 135, south: 180, southwest: 225, west: 270, northwest: 315,
  n: 0, ne: 45, e: 90, se: 135, s: 180, sw: 225, w: 270, nw: 315,
};

/**
 * Bearing in degrees for a compass word ("south", "north-east", "northeastern", "NE"), or null.
 * @example bearingOf('south-east') // 135
 */
export function bearingOf(word: string): number | null {
  const w = word.toLowerCase().replace(/[\s-]/g, '').replace(/ern$/, '').replace(/ward(s)?$/, '');
  return COMPASS[w] ?? null;
}
