import { cellsToDirectedEdge, directedEdgeToBoundary, gridDisk } from 'h3-js';
import type { Feature, LineString, Position } from 'geojson';
import type { ControlGrid, Side } from '../model/index.ts';
import { distanceKm } from './point-buckets.ts';
import { SIDE_COLOURS } from './side-style.ts';

/** Properties of a front-line feature. */
export interface FrontLineProperties {
  kind: 'front';
  date: string;
  /** The two sides facing each other, in alphabetical order. */
  sides: [Side, Side];
  length_km: number;
  stroke: string;
  'stroke-width': number;
}

/**
 * The front lines of a grid: the cell edges where two known sides meet, chained into LineStrings
 * (one per unbroken stretch, per pair of sides). Edges against `unknown` are not fronts.
 *
 * @example
 * frontLines(controlAt(observations, '2017-06-15')).map((f) => f.properties.length_km);
 */
export function frontLines(grid: ControlGrid): Array<Feature<LineString, FrontLineProperties>> {
  const segmentsByPair = new Map<string, Array<[Position, Position]>>();
  for (const [cell, side] of grid.cells) {
    if (side === 'unknown') continue;
    for (const other of gridDisk(cell, 1)) {
      const otherSide = grid.cells.get(other);
      if (other <= cell || otherSide === undefined || otherSide === 'unknown' || otherSide === side) continue;
      const boundary = directedEdgeToBoundary(cellsToDirectedEdge(cell, other), true);
      const pair = [side, otherSide].sort().join('|');
      const list = segmentsByPair.get(pair) ?? [];
      for (let k = 0; k + 1 < boundary.length; k++) list.push([boundary[k] ?? [0, 0], boundary[k + 1] ?? [0, 0]]);
      segmentsByPair.set(pair, list);
    }
  }
  const features: Array<Feature<LineString, FrontLineProperties>> = [];
  for (const pair of [...segmentsByPair.keys()].sort()) {
    const [a, b] = pair.split('|') as [Side, Side];
    for (const line of chain(segmentsByPair.get(pair) ?? [])) {
      features.push({
        type: 'Feature',
        properties: { kind: 'front', date: grid.date, sides: [a, b], length_km: round(lineKm(line), 2), stroke: SIDE_COLOURS[a], 'stroke-width': 3 },
        geometry: { type: 'LineString', coordinates: line },
      });
    }
  }
  return features;
}

/** Joins segments that share end points into the longest lines they make (open lines first, then loops). */
function chain(segments: Array<[Position, Position]>): Position[][] {
  const key = (p: Position): string => `${(p[0] ?? 0).toFixed(7)},${(p[1] ?? 0).toFixed(7)}`;
  const at = new Map<string, number[]>();
  segments.forEach(([p, q], i) => {
    for (const end of [key(p), key(q)]) at.set(end, [...(at.get(end) ?? []), i]);
  });
  const used = new Uint8Array(segments.length);
  const walk = (start: number, from: Position): Position[] => {
    const line: Position[] = [from];
    let current: number | undefined = start;
    let point = from;
    while (current !== undefined) {
      used[current] = 1;
      const [p, q] = segments[current] ?? [point, point];
      point = key(p) === key(point) ? q : p;
      line.push(point);
      current = (at.get(key(point)) ?? []).find((i) => !used[i]);
    }
    return line;
  };
  const lines: Position[][] = [];
  // Open lines start where an end point has one segment (or three, where fronts branch).
  segments.forEach(([p, q], i) => {
    if (used[i]) return;
    const pEnds = at.get(key(p))?.length ?? 0;
    const qEnds = at.get(key(q))?.length ?? 0;
    if (pEnds !== 2) lines.push(walk(i, p));
    else if (qEnds !== 2) lines.push(walk(i, q));
  });
  segments.forEach(([p], i) => {
    if (!used[i]) lines.push(walk(i, p));
  });
  return lines;
}

function lineKm(line: Position[]): number {
  let km = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] ?? [0, 0];
    const b = line[i] ?? [0, 0];
    km += distanceKm(a[1] ?? 0, a[0] ?? 0, b[1] ?? 0, b[0] ?? 0);
  }
  return km;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
