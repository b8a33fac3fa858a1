/**
 * A lat/lon bucket index of points for "nearest point within r km" and "all points within r km".
 * Points are numbered 0..capacity-1 by the caller and can be inserted, moved and removed, so one
 * index serves a whole date series. Distances are equirectangular (the error is far below a cell's
 * width at the 25 km scale the map works at).
 */

const KM_PER_DEGREE = 111.32;
const DEG = Math.PI / 180;
/** Bucket side in degrees: about 11 km, a fraction of the default 25 km radius. */
const BUCKET_DEGREES = 0.1;
/** Bucket columns per row: enough for 360° of longitude. */
const COLUMNS = 4000;

/**
 * Kilometres between two points (equirectangular at their mean latitude).
 *
 * @example
 * distanceKm(35, 38, 35.1, 38); // ≈ 11.1
 */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const dy = (lat2 - lat1) * KM_PER_DEGREE;
  const dx = (lon2 - lon1) * KM_PER_DEGREE * Math.cos(((lat1 + lat2) / 2) * DEG);
  return Math.sqrt(dx * dx + dy * dy);
}

/**
 * @example
 * const index = new PointBuckets(2);
 * index.insert(0, 35, 38); index.insert(1, 35.5, 38);
 * index.nearest(35.1, 38, 25); // 0
 */
export class PointBuckets {
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  /** Bucket key of each point, -1 when absent. */
  private readonly bucketOf: Float64Array;
  /** Position of each point inside its bucket's array (for O(1) removal). */
  private readonly slotInBucket: Int32Array;
  private readonly buckets = new Map<number, number[]>();

  constructor(capacity: number) {
    this.lat = new Float64Array(capacity);
    this.lon = new Float64Array(capacity);
    this.bucketOf = new Float64Array(capacity).fill(-1);
    this.slotInBucket = new Int32Array(capacity);
  }

  has(id: number): boolean {
    return this.bucketOf[id] !== -1;
  }

  /** Adds point `id`, or moves it when already present. */
  insert(id: number, lat: number, lon: number): void {
    if (this.has(id)) this.remove(id);
    const key = bucketKey(lat, lon);
    let bucket = this.buckets.get(key);
    if (!bucket) {
      bucket = [];
      this.buckets.set(key, bucket);
    }
    this.lat[id] = lat;
    this.lon[id] = lon;
    this.bucketOf[id] = key;
    this.slotInBucket[id] = bucket.length;
    bucket.push(id);
  }

  remove(id: number): void {
    const key = this.bucketOf[id];
    if (key === undefined || key === -1) return;
    const bucket = this.buckets.get(key);
    const at = this.slotInBucket[id];
    if (!bucket || at === undefined) return;
    const last = bucket.pop();
    if (last !== undefined && last !== id) {
      bucket[at] = last;
      this.slotInBucket[last] = at;
    }
    if (bucket.length === 0) this.buckets.delete(key);
    this.bucketOf[id] = -1;
  }

  /**
   * The point nearest to (lat, lon) within `radiusKm` that `accept` lets through, or -1.
   * Ties go to the lower id, so the answer does not depend on insertion order.
   */
  nearest(lat: number, lon: number, radiusKm: number, accept?: (id: number) => boolean): number {
    const bucketKm = minBucketKm(lat, radiusKm);
    const maxRing = Math.ceil(radiusKm / bucketKm) + 1;
    const row = Math.floor((lat + 90) / BUCKET_DEGREES);
    const col = Math.floor((lon + 180) / BUCKET_DEGREES);
    let best = -1;
    let bestKm = radiusKm;
    for (let ring = 0; ring <= maxRing; ring++) {
      for (let dr = -ring; dr <= ring; dr++) {
        const edgeRow = dr === -ring || dr === ring;
        const step = edgeRow ? 1 : 2 * ring;
        for (let dc = -ring; dc <= ring; dc += step) {
          const bucket = this.buckets.get((row + dr) * COLUMNS + col + dc);
          if (!bucket) continue;
          for (const id of bucket) {
            const km = distanceKm(lat, lon, this.lat[id] ?? 0, this.lon[id] ?? 0);
            if (km > bestKm || (km === bestKm && best !== -1 && id > best)) continue;
            if (accept && !accept(id)) continue;
            best = id;
            bestKm = km;
          }
        }
      }
      // Anything in the next ring is at least `ring` whole buckets away.
      if (best !== -1 && bestKm <= ring * bucketKm) break;
    }
    return best;
  }

  /** Calls `visit` for every point within `radiusKm` of (lat, lon). */
  within(lat: number, lon: number, radiusKm: number, visit: (id: number) => void): void {
    const bucketKm = minBucketKm(lat, radiusKm);
    const reach = Math.ceil(radiusKm / bucketKm) + 1;
    const row = Math.floor((lat + 90) / BUCKET_DEGREES);
    const col = Math.floor((lon + 180) / BUCKET_DEGREES);
    for (let dr = -reach; dr <= reach; dr++) {
      for (let dc = -reach; dc <= reach; dc++) {
        const bucket = this.buckets.get((row + dr) * COLUMNS + col + dc);
        if (!bucket) continue;
        for (const id of bucket) {
          if (distanceKm(lat, lon, this.lat[id] ?? 0, this.lon[id] ?? 0) <= radiusKm) visit(id);
        }
      }
    }
  }
}

function bucketKey(lat: number, lon: number): number {
  return Math.floor((lat + 90) / BUCKET_DEGREES) * COLUMNS + Math.floor((lon + 180) / BUCKET_DEGREES);
}

/** The shortest bucket side (km) anywhere within the search: east–west shrinks with latitude. */
function minBucketKm(lat: number, radiusKm: number): number {
  const furthestLat = Math.min(89, Math.abs(lat) + radiusKm / KM_PER_DEGREE + BUCKET_DEGREES);
  return BUCKET_DEGREES * KM_PER_DEGREE * Math.cos(furthestLat * DEG);
}
