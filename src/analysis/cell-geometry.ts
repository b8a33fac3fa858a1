import { cellToBoundary } from 'h3-js';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { GridTopology } from './grid-topology.ts';

/**
 * The outline of a set of grid cells as GeoJSON ([lon, lat]): a Polygon when the cells form one
 * piece, else a MultiPolygon; holes where other cells lie inside. Traced from the cell edges that
 * face a cell outside the set (or the extent's edge), so only border cells cost anything; many
 * times faster than h3's `cellsToMultiPolygon` on the many small pockets of a fragmented map.
 *
 * @example
 * cellsGeometry(topo, pocketCells, (i) => inPocket[i] === 1).type; // 'Polygon'
 */
export function cellsGeometry(topo: GridTopology, members: readonly number[], inSet: (cell: number) => boolean): Polygon | MultiPolygon {
  // Directed boundary edges, each cell's boundary counter-clockwise: start vertex → end vertex.
  const next = new Map<string, { from: Position; to: Position; toKey: string }>();
  for (const i of members) {
    const inside: number[] = [];
    const outside: number[] = [];
    for (let k = 0; k < 6; k++) {
      const j = topo.neighbours[i * 6 + k] ?? -1;
      if (j >= 0) (inSet(j) ? inside : outside).push(j);
    }
    if (inside.length === 6) continue;
    const ring = counterClockwise(cellToBoundary(topo.cells[i] ?? '', true));
    const facing = ring.map((a, e) => neighbourAcross(topo, [...inside, ...outside], a, ring[(e + 1) % ring.length] ?? a));
    ring.forEach((from, e) => {
      const across = facing[e] ?? -1;
      if (across >= 0 && inSet(across)) return;
      const to = ring[(e + 1) % ring.length] ?? from;
      next.set(key(from), { from, to, toKey: key(to) });
    });
  }
  const outers: Position[][] = [];
  const holes: Position[][] = [];
  while (next.size > 0) {
    const [startKey] = next.keys();
    if (startKey === undefined) break;
    const ring: Position[] = [];
    let at: string | undefined = startKey;
    while (at !== undefined) {
      const edge = next.get(at);
      if (!edge) break;
      next.delete(at);
      ring.push(edge.from);
      at = edge.toKey;
    }
    const first = ring[0];
    if (!first) continue;
    ring.push([...first]);
    (signedArea(ring) >= 0 ? outers : holes).push(ring);
  }
  const polygons = outers.map((outer) => [outer]);
  for (const hole of holes) {
    const owner = polygons.find((rings) => contains(rings[0] ?? [], hole[0] ?? [0, 0])) ?? polygons[0];
    owner?.push(hole);
  }
  const only = polygons[0];
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** The neighbour whose centre is nearest the edge's midpoint reflected through … its own side: the cell across the edge, or -1 at the extent's edge. */
function neighbourAcross(topo: GridTopology, candidates: readonly number[], a: Position, b: Position): number {
  const midLon = ((a[0] ?? 0) + (b[0] ?? 0)) / 2;
  const midLat = ((a[1] ?? 0) + (b[1] ?? 0)) / 2;
  const edgeDeg2 = ((a[0] ?? 0) - (b[0] ?? 0)) ** 2 + ((a[1] ?? 0) - (b[1] ?? 0)) ** 2;
  let best = -1;
  let bestD = Infinity;
  for (const j of candidates) {
    const d = ((topo.lon[j] ?? 0) - midLon) ** 2 + ((topo.lat[j] ?? 0) - midLat) ** 2;
    if (d < bestD) {
      bestD = d;
      best = j;
    }
  }
  // A neighbour's centre lies ~0.87 edge lengths from the shared edge's midpoint; farther means
  // no neighbour lies across this edge (the extent's edge).
  return bestD <= edgeDeg2 * 1.5 ? best : -1;
}

function counterClockwise(ring: Position[]): Position[] {
  const open = ring.length > 1 && ring[0]?.[0] === ring[ring.length - 1]?.[0] && ring[0]?.[1] === ring[ring.length - 1]?.[1] ? ring.slice(0, -1) : ring;
  return signedArea([...open, open[0] ?? [0, 0]]) >= 0 ? open : [...open].reverse();
}

/** Twice the signed planar area of a closed ring (lon, lat): positive when counter-clockwise. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let k = 0; k + 1 < ring.length; k++) {
    const p = ring[k] ?? [0, 0];
    const q = ring[k + 1] ?? [0, 0];
    sum += (p[0] ?? 0) * (q[1] ?? 0) - (q[0] ?? 0) * (p[1] ?? 0);
  }
  return sum;
}

/** Ray casting: is the point inside the closed ring? */
function contains(ring: readonly Position[], point: Position): boolean {
  const x = point[0] ?? 0;
  const y = point[1] ?? 0;
  let inside = false;
  for (let k = 0, m = ring.length - 1; k < ring.length; m = k++) {
    const xi = ring[k]?.[0] ?? 0;
    const yi = ring[k]?.[1] ?? 0;
    const xj = ring[m]?.[0] ?? 0;
    const yj = ring[m]?.[1] ?? 0;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Vertices shared by neighbouring cells come out of h3 equal to far below 1e-7°. */
function key(p: Position): string {
  return `${(p[0] ?? 0).toFixed(7)},${(p[1] ?? 0).toFixed(7)}`;
}
