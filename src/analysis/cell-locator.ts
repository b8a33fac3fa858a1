/**
 * Finds the grid cell holding a point without calling H3: the cell whose centre is nearest, from a
 * bucket index of the centres. H3 cells at one resolution are near-regular hexagons, so the nearest
 * centre is the holding cell except within metres of an edge, where either answer is a neighbour:
 * good enough to rasterise cuts and place positions, ~20× faster than `latLngToCell`.
 */
export interface CellLocator {
  /** The number of the cell nearest (lat, lon), or -1 when no centre lies within a cell's reach. */
  locate(lat: number, lon: number): number;
  /** Calls `visit` with every cell whose centre lies within 2 edge lengths of (lat, lon), and maybe a few more. */
  forEachNear(lat: number, lon: number, visit: (cell: number) => void): void;
}

const KM_PER_DEG = 111.195;

/**
 * Builds a locator over cell centres (`lat[i]`, `lon[i]`) spaced about `edgeKm` apart.
 *
 * @example
 * const locator = createCellLocator(topo.lat, topo.lon, topo.edgeKm);
 * locator.locate(35, 38); // 1234
 */
export function createCellLocator(lat: Float64Array, lon: Float64Array, edgeKm: number): CellLocator {
  const n = lat.length;
  let south = Infinity;
  let west = Infinity;
  let north = -Infinity;
  let east = -Infinity;
  for (let i = 0; i < n; i++) {
    south = Math.min(south, lat[i] ?? 0);
    north = Math.max(north, lat[i] ?? 0);
    west = Math.min(west, lon[i] ?? 0);
    east = Math.max(east, lon[i] ?? 0);
  }
  const cosLat = Math.cos((((south + north) / 2) * Math.PI) / 180);
  // Buckets 2 edges wide: every centre within 2 edges of a point lies in the 3 × 3 around it
  // (neighbouring centres are ~1.73 edges apart; the nearest centre is at most ~1 edge away).
  const latStep = (2 * edgeKm) / KM_PER_DEG;
  const lonStep = latStep / Math.max(cosLat, 0.1);
  const cols = Math.floor((east - west) / lonStep) + 1;
  const rows = Math.floor((north - south) / latStep) + 1;
  const bucketOf = (i: number): number =>
    Math.floor(((lat[i] ?? 0) - south) / latStep) * cols + Math.floor(((lon[i] ?? 0) - west) / lonStep);
  const start = new Int32Array(rows * cols + 1);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(i) + 1;
    start[b] = (start[b] ?? 0) + 1;
  }
  for (let b = 0; b < rows * cols; b++) start[b + 1] = (start[b + 1] ?? 0) + (start[b] ?? 0);
  const fill = start.slice(0, rows * cols);
  const members = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = bucketOf(i);
    const at = fill[b] ?? 0;
    members[at] = i;
    fill[b] = at + 1;
  }
  const reach2 = (1.2 * edgeKm) ** 2;
  const forEachNear = (pLat: number, pLon: number, visit: (cell: number) => void): void => {
    const row = Math.floor((pLat - south) / latStep);
    const col = Math.floor((pLon - west) / lonStep);
    for (let r = Math.max(0, row - 1); r <= Math.min(rows - 1, row + 1); r++) {
      for (let c = Math.max(0, col - 1); c <= Math.min(cols - 1, col + 1); c++) {
        const b = r * cols + c;
        for (let k = start[b] ?? 0; k < (start[b + 1] ?? 0); k++) visit(members[k] ?? 0);
      }
    }
  };
  return {
    forEachNear,
    locate(pLat: number, pLon: number): number {
      const kmLon = KM_PER_DEG * Math.cos((pLat * Math.PI) / 180);
      let best = -1;
      let bestD = reach2;
      forEachNear(pLat, pLon, (i) => {
        const dy = ((lat[i] ?? 0) - pLat) * KM_PER_DEG;
        const dx = ((lon[i] ?? 0) - pLon) * kmLon;
        const d = dx * dx + dy * dy;
        if (d < bestD) {
          bestD = d;
          best = i;
        }
      });
      return best;
    },
  };
}
