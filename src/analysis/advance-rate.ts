import type { ControlObservation, Side } from '../model/index.ts';
import { AnalysisError } from './errors.ts';
import { greatCircleKm, localProjection } from './geodesy.ts';
import type { NamedPoint } from './named-points.ts';

/** The positions in force on a date: a ControlGrid, or `{ date, positions: positionsAt(obs, date) }`. */
export interface DatedPositions {
  date: string;
  positions: readonly ControlObservation[];
}

export interface AdvanceRate {
  km_per_day: number;
  /** How far the front moved (negative: it fell back). */
  km: number;
  days: number;
  /** The side's frontmost position on each date. */
  from_front: NamedPoint;
  to_front: NamedPoint;
  /** The direction measured along (degrees from north), or, without one, the direction of the deepest advance. */
  bearing_deg: number;
  method: 'frontmost_along_bearing' | 'deepest_new_position';
}

/**
 * How fast a side's front moved between two dates, in km/day, from the positions it held.
 * With `bearing` (degrees from north): the side's frontmost position along that direction on each
 * date (positions projected on the bearing through their centroid on `from`), and the difference.
 * Without: the deepest advance, the largest distance from a position held on `to` to the nearest
 * position held on `from`, and its direction.
 *
 * @example
 * advanceRate(gridOn1June, gridOn1July, 'government', { bearing: 90 });
 * // { km_per_day: 2.1, km: 63, days: 30, method: 'frontmost_along_bearing', … }
 */
export function advanceRate(from: DatedPositions, to: DatedPositions, side: Side, opts: { bearing?: number } = {}): AdvanceRate {
  const days = dayNumber(to.date) - dayNumber(from.date);
  if (!(days > 0)) throw new AnalysisError('E_ANALYSIS_DATE', `to (${to.date}) must come after from (${from.date})`);
  const before = from.positions.filter((p) => p.side === side);
  const after = to.positions.filter((p) => p.side === side);
  if (before.length === 0 || after.length === 0) {
    throw new AnalysisError('E_ANALYSIS_NO_POSITION', `side ${side} holds no position on ${before.length === 0 ? from.date : to.date}`);
  }
  if (opts.bearing !== undefined) {
    if (!Number.isFinite(opts.bearing)) throw new AnalysisError('E_ANALYSIS_ARGUMENT', `bearing: not a number: ${opts.bearing}`);
    return alongBearing(before, after, days, opts.bearing);
  }
  return deepestAdvance(before, after, days);
}

function alongBearing(before: ControlObservation[], after: ControlObservation[], days: number, bearing: number): AdvanceRate {
  const lat0 = before.reduce((s, p) => s + p.lat, 0) / before.length;
  const lon0 = before.reduce((s, p) => s + p.lon, 0) / before.length;
  const toXY = localProjection(lat0, lon0);
  const b = (bearing * Math.PI) / 180;
  const along = (p: ControlObservation): number => {
    const [x, y] = toXY(p.lat, p.lon);
    return x * Math.sin(b) + y * Math.cos(b);
  };
  const frontmost = (list: ControlObservation[]): ControlObservation =>
    list.reduce((best, p) => (along(p) > along(best) ? p : best));
  const a = frontmost(before);
  const z = frontmost(after);
  const km = along(z) - along(a);
  return { km_per_day: km / days, km, days, from_front: point(a), to_front: point(z), bearing_deg: bearing, method: 'frontmost_along_bearing' };
}

function deepestAdvance(before: ControlObservation[], after: ControlObservation[], days: number): AdvanceRate {
  let km = 0;
  let fromFront: ControlObservation | undefined;
  let toFront: ControlObservation | undefined;
  for (const p of after) {
    const [nearest, nearestKm] = nearestOf(p, before);
    if (!fromFront || nearestKm > km) {
      km = nearestKm;
      fromFront = nearest;
      toFront = p;
    }
  }
  const a = fromFront ?? before[0];
  const z = toFront ?? after[0];
  if (!a || !z) throw new AnalysisError('E_ANALYSIS_NO_POSITION', 'no position to measure from');
  const [x, y] = localProjection(a.lat, a.lon)(z.lat, z.lon);
  const bearing = km === 0 ? 0 : ((Math.atan2(x, y) * 180) / Math.PI + 360) % 360;
  return { km_per_day: km / days, km, days, from_front: point(a), to_front: point(z), bearing_deg: bearing, method: 'deepest_new_position' };
}

/** The position of `among` nearest `p`, and its distance (km). */
function nearestOf(p: ControlObservation, among: readonly ControlObservation[]): [ControlObservation | undefined, number] {
  let nearest: ControlObservation | undefined;
  let nearestKm = Infinity;
  for (const q of among) {
    const d = greatCircleKm(p.lat, p.lon, q.lat, q.lon);
    if (d < nearestKm) {
      nearestKm = d;
      nearest = q;
    }
  }
  return [nearest, nearestKm];
}

function point(p: ControlObservation): NamedPoint {
  return { name: p.name, lat: p.lat, lon: p.lon };
}

function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : NaN;
  if (!Number.isFinite(t)) throw new AnalysisError('E_ANALYSIS_DATE', `not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return t / 86_400_000;
}
