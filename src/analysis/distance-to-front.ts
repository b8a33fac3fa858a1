import type { ControlGrid, Side } from '../model/index.ts';
import { AnalysisError } from './errors.ts';
import { greatCircleKm } from './geodesy.ts';
import { gridTopology } from './grid-topology.ts';
import { named, type NamedPoint } from './named-points.ts';

/** How far a point is from a side, measured two ways. */
export interface FrontDistance {
  /** POSITIONS measure (what reports mean): km to the nearest position `side` holds. */
  km: number;
  nearest: NamedPoint;
  /** PAINTED measure: km to the centre of the nearest cell painted for `side` (0 when the point's own cell is); null when no cell is. */
  painted_km: number | null;
  painted_nearest: { lat: number; lon: number } | null;
}

/**
 * Distance from a point to a side: to the nearest position the side holds (the analysts' measure,
 * "the regime forces are 15 km from Sukhnah"), and to its nearest painted cell (the map's measure,
 * which in empty desert comes out up to the painting radius shorter). Throws
 * `E_ANALYSIS_NO_POSITION` when the side holds no position on the grid's date.
 *
 * @example
 * distanceToFront(grid, { lat: 34.88, lon: 38.87 }, 'government');
 * // { km: 14.2, nearest: { name: 'al-Hail', … }, painted_km: 0, painted_nearest: { … } }
 */
export function distanceToFront(grid: ControlGrid, point: { lat: number; lon: number }, side: Side): FrontDistance {
  if (!Number.isFinite(point.lat) || !Number.isFinite(point.lon) || Math.abs(point.lat) > 90 || Math.abs(point.lon) > 180) {
    throw new AnalysisError('E_ANALYSIS_ARGUMENT', `point: not a lat/lon: ${JSON.stringify(point)}`);
  }
  let best = -1;
  let bestKm = Infinity;
  grid.positions.forEach((pos, p) => {
    if (pos.side !== side) return;
    const km = greatCircleKm(point.lat, point.lon, pos.lat, pos.lon);
    if (km < bestKm) {
      bestKm = km;
      best = p;
    }
  });
  if (best < 0) throw new AnalysisError('E_ANALYSIS_NO_POSITION', `side ${side} holds no position on ${grid.date}`);
  return { km: bestKm, nearest: named(grid, best), ...nearestPainted(grid, point, side) };
}

function nearestPainted(
  grid: ControlGrid,
  point: { lat: number; lon: number },
  side: Side,
): Pick<FrontDistance, 'painted_km' | 'painted_nearest'> {
  const topo = gridTopology(grid);
  const sideIdx = topo.sideNames.indexOf(side);
  if (sideIdx < 0) return { painted_km: null, painted_nearest: null };
  const own = topo.locator.locate(point.lat, point.lon);
  if (own >= 0 && topo.side[own] === sideIdx) return { painted_km: 0, painted_nearest: { lat: point.lat, lon: point.lon } };
  let best = -1;
  let bestKm = Infinity;
  for (let i = 0; i < topo.cells.length; i++) {
    if (topo.side[i] !== sideIdx) continue;
    const km = greatCircleKm(point.lat, point.lon, topo.lat[i] ?? 0, topo.lon[i] ?? 0);
    if (km < bestKm) {
      bestKm = km;
      best = i;
    }
  }
  return { painted_km: bestKm, painted_nearest: { lat: topo.lat[best] ?? 0, lon: topo.lon[best] ?? 0 } };
}
