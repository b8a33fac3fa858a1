import { area as turfArea } from '@turf/turf';
import type { Polygon } from 'geojson';
import type { ControlGrid, Side } from '../model/index.ts';
import { localProjection } from './geodesy.ts';
import type { GridTopology } from './grid-topology.ts';
import type { HostilityRule } from './hostility.ts';

/** The ring of hostile positions around a set of cells: the analysts' outline of a siege. */
export interface PositionRing {
  /** Indices into `grid.positions`, in order around the cells. */
  positions: number[];
  /** The polygon through those positions, or null when fewer than 3. */
  polygon: Polygon | null;
  /** Its geodesic area in km², or null when there is no polygon. */
  areaKm2: number | null;
}

/**
 * The positions of sides hostile to `side` that decided the cells bordering `inPart` (plus any
 * `extra` positions, such as the two ends of a cut), ordered by angle around the part's centroid,
 * and the polygon through them. The angle order is exact for star-shaped parts (rings, the inside
 * of a C); for strongly concave parts the polygon can cut corners, which is why it is labelled as
 * the positions' measure and the painted cells are reported beside it.
 *
 * @example
 * const ring = positionRing(grid, topo, pocketCells, (i) => inPocket[i] === 1, 'isis', everyoneHostile);
 * ring.areaKm2; // ≈ area of the polygon through the besiegers' positions
 */
export function positionRing(
  grid: ControlGrid,
  topo: GridTopology,
  partCells: readonly number[],
  inPart: (cell: number) => boolean,
  side: Side,
  isHostile: HostilityRule,
  extra: readonly number[] = [],
): PositionRing {
  const chosen = new Set<number>(extra);
  let sumLat = 0;
  let sumLon = 0;
  let sumArea = 0;
  for (const i of partCells) {
    const a = topo.areaKm2[i] ?? 0;
    sumLat += (topo.lat[i] ?? 0) * a;
    sumLon += (topo.lon[i] ?? 0) * a;
    sumArea += a;
    for (let k = 0; k < 6; k++) {
      const j = topo.neighbours[i * 6 + k] ?? -1;
      if (j < 0 || inPart(j)) continue;
      const p = topo.decidedBy[j] ?? -1;
      const holder = p >= 0 ? grid.positions[p] : undefined;
      if (holder && isHostile(side, holder.side)) chosen.add(p);
    }
  }
  const positions = [...chosen];
  if (positions.length < 3 || sumArea === 0) return { positions, polygon: null, areaKm2: null };
  const toXY = localProjection(sumLat / sumArea, sumLon / sumArea);
  const angleOf = new Map(
    positions.map((p) => {
      const pos = grid.positions[p];
      const [x, y] = pos ? toXY(pos.lat, pos.lon) : [0, 0];
      return [p, Math.atan2(y, x)] as const;
    }),
  );
  positions.sort((a, b) => (angleOf.get(a) ?? 0) - (angleOf.get(b) ?? 0) || a - b);
  const ring = positions.map((p) => {
    const pos = grid.positions[p];
    return [pos?.lon ?? 0, pos?.lat ?? 0];
  });
  const first = ring[0];
  if (first) ring.push([...first]);
  const polygon: Polygon = { type: 'Polygon', coordinates: [ring] };
  return { positions, polygon, areaKm2: turfArea(polygon) / 1e6 };
}
