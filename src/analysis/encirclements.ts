import type { LineString, Polygon } from 'geojson';
import type { ControlGrid, Side } from '../model/index.ts';
import { SIDES } from '../model/index.ts';
import { AnalysisError } from './errors.ts';
import { greatCircleKm, localProjection } from './geodesy.ts';
import { cellAt, gridTopology, type GridTopology } from './grid-topology.ts';
import { everyoneHostile, type HostilityRule } from './hostility.ts';
import { linkEncirclingPositions } from './encircling-links.ts';
import { named, positionsInside, type NamedPoint } from './named-points.ts';
import { positionRing } from './position-ring.ts';
import { segmentCells } from './segment-cells.ts';

/** One end of a gap: a position the encircling side holds. */
export interface GapEnd extends NamedPoint {
  side: Side;
}

/** A cut between two hostile positions that would turn part of a side's region into a pocket. */
export interface Encirclement {
  /** The side that would be encircled. */
  side: Side;
  /** POSITIONS measure: great-circle distance between the two positions at the ends of the cut. */
  gap_km: number;
  /** PAINTED measure: the length of the cut between the encircling sides' painted areas (for comparison only). */
  painted_gap_km: number;
  ends: [GapEnd, GapEnd];
  /** POSITIONS measure: area of the polygon through the cut and the encircling positions around the enclosed part (the analysts' figure); null when fewer than 3 positions. */
  enclosed_area_km2: number | null;
  /** PAINTED measure: area of the encircled side's cells in the enclosed part. */
  enclosed_painted_km2: number;
  /** The encircled side's positions in the enclosed part. */
  places: NamedPoint[];
  /** Sides of the encircling positions (ends and ring), sorted. */
  encircling_sides: Side[];
  /** The cut, from one end to the other. */
  cut: LineString;
  /** The polygon through the encircling positions and the cut, or null. */
  enclosed_geometry: Polygon | null;
}

export interface FindEncirclementsOptions {
  /** Only encirclements of this side; default every known side on the grid. */
  side?: Side;
  /** How many to return; default 10. */
  top?: number;
  /** Longest gap considered, km; default 150. */
  maxGapKm?: number;
  /** Encircling positions at most this far apart with only `unknown` between them count as one line; default 2.4 × the grid's radius (60 km at 25). */
  linkKm?: number;
  /** Smallest enclosed painted area worth reporting, km²; default 50. */
  minPaintedKm2?: number;
  isHostile?: HostilityRule;
}

/** Bearing sectors for picking each position's nearest partner in every direction. */
const SECTORS = 16;
/** Two cuts enclosing sets of cells this similar (Jaccard) enclose "the same area". */
const SAME_AREA = 0.8;

interface Candidate {
  side: Side;
  p: number;
  q: number;
  gapKm: number;
  paintedGapKm: number;
  enclosed: Int32Array;
  enclosedSideCells: Int32Array;
  paintedKm2: number;
  ringPositions: number[];
  ringAreaKm2: number | null;
  ringPolygon: Polygon | null;
}

/**
 * Near-encirclements: for each region of a side, the straight cuts between two positions held by
 * hostile sides that would close part of the region off. Gaps and enclosed areas are measured
 * between and within the encircling side's POSITIONS, not the painted areas (a nearest-point map
 * puts the front halfway between opposing posts, so in empty desert painted gaps come out about
 * half what analysts report); the painted area of the enclosed part is given beside it, labelled.
 * A part counts as enclosed when no chain of the side's or `unknown` cells leads from it to the
 * extent's border once the cut is drawn. Sorted by gap per enclosed area (most area for the least
 * gap first); of cuts enclosing the same area only the shortest is kept.
 *
 * @example
 * const [best] = findEncirclements(controlAt(obs, '2017-06-05'), { side: 'isis', top: 3 });
 * best.gap_km; // ≈ 70
 * best.enclosed_area_km2; // ≈ 11 500 (positions) ; best.enclosed_painted_km2 ≈ 7 900 (painted)
 */
export function findEncirclements(grid: ControlGrid, opts: FindEncirclementsOptions = {}): Encirclement[] {
  const top = opts.top ?? 10;
  const maxGapKm = opts.maxGapKm ?? 150;
  const minPaintedKm2 = opts.minPaintedKm2 ?? 50;
  const linkKm = opts.linkKm ?? 2.4 * grid.radiusKm;
  const isHostile = opts.isHostile ?? everyoneHostile;
  if (!(top >= 1) || !(maxGapKm > 0) || !(minPaintedKm2 >= 0) || !(linkKm >= 0)) {
    throw new AnalysisError('E_ANALYSIS_ARGUMENT', 'opts: top ≥ 1, maxGapKm > 0, minPaintedKm2 ≥ 0 and linkKm ≥ 0 are required');
  }
  if (opts.side !== undefined && !SIDES.includes(opts.side)) {
    throw new AnalysisError('E_ANALYSIS_ARGUMENT', `opts.side: unknown side ${JSON.stringify(opts.side)}`);
  }
  const topo = gridTopology(grid);
  const sides = opts.side ? [opts.side] : topo.sideNames.filter((s) => s !== 'unknown');
  const found: Candidate[] = [];
  for (const side of sides) {
    if (topo.sideNames.includes(side)) found.push(...cutsFor(grid, topo, side, { maxGapKm, minPaintedKm2, linkKm, isHostile }));
  }
  const kept = dropSameArea(found.sort((a, b) => a.gapKm - b.gapKm || a.p - b.p || a.q - b.q));
  kept.sort((a, b) => score(a) - score(b) || a.gapKm - b.gapKm);
  return kept.slice(0, top).map((c) => toEncirclement(grid, topo, c));
}

/** Gap per enclosed area (positions measure, else painted): smaller is a cheaper siege. */
function score(c: Candidate): number {
  return c.gapKm / Math.max(c.ringAreaKm2 ?? c.paintedKm2, 1e-9);
}

function gapKm(grid: ControlGrid, p: number, q: number): number {
  const a = grid.positions[p];
  const b = grid.positions[q];
  return a && b ? greatCircleKm(a.lat, a.lon, b.lat, b.lon) : Infinity;
}

interface CutSettings {
  maxGapKm: number;
  minPaintedKm2: number;
  linkKm: number;
  isHostile: HostilityRule;
}

function cutsFor(grid: ControlGrid, topo: GridTopology, side: Side, s: CutSettings): Candidate[] {
  const n = topo.cells.length;
  const sideIdx = topo.sideNames.indexOf(side);
  const blocked = new Uint8Array(n);
  for (let i = 0; i < n; i++) blocked[i] = s.isHostile(side, topo.sideNames[topo.side[i] ?? 0] ?? 'unknown') ? 1 : 0;
  linkEncirclingPositions(grid, topo, side, s.isHostile, blocked, s.linkKm);
  const region = label(topo, (i) => !blocked[i]);
  const wall = label(topo, (i) => blocked[i] === 1);
  const out: Candidate[] = [];
  const work: Workspace = { marks: new Int32Array(n), base: 0 };
  for (let c = 0; c < region.count; c++) {
    const members = region.members[c] ?? [];
    let sideKm2 = 0;
    let touchesEdge = false;
    for (const i of members) {
      if (topo.side[i] === sideIdx) sideKm2 += topo.areaKm2[i] ?? 0;
      if (topo.onEdge[i]) touchesEdge = true;
    }
    // A region already closed off needs no cut (findPockets reports the strict pockets).
    if (!touchesEdge || sideKm2 < s.minPaintedKm2) continue;
    const ends = borderPositions(grid, topo, members, blocked, side, s.isHostile);
    for (const [p, q] of pairsFacingEachOther(grid, ends, s.maxGapKm)) {
      if (gapKm(grid, p, q) > s.maxGapKm) continue;
      const cut = cutAcross(grid, topo, region.id, c, wall.id, p, q);
      if (!cut) continue;
      const candidate = encloseByCut(grid, topo, region.id, c, cut, p, q, side, sideIdx, s, work);
      if (candidate) out.push(candidate);
    }
  }
  return out;
}

/** Per-cell marks reused by every cut of a side; a cut's marks are the values above its `base`. */
interface Workspace {
  marks: Int32Array;
  base: number;
}

interface Labels {
  id: Int32Array;
  count: number;
  members: number[][];
}

/** Connected components (H3 adjacency) of the cells where `inSet` holds; -1 elsewhere. */
function label(topo: GridTopology, inSet: (i: number) => boolean): Labels {
  const n = topo.cells.length;
  const id = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (id[start] !== -1 || !inSet(start)) continue;
    const c = members.length;
    const list = [start];
    id[start] = c;
    for (let head = 0; head < list.length; head++) {
      const i = list[head] ?? 0;
      for (let k = 0; k < 6; k++) {
        const j = topo.neighbours[i * 6 + k] ?? -1;
        if (j >= 0 && id[j] === -1 && inSet(j)) {
          id[j] = c;
          list.push(j);
        }
      }
    }
    members.push(list);
  }
  return { id, count: members.length, members };
}

/** Hostile positions whose decided cells touch the region: the encircling side's forward points. */
function borderPositions(
  grid: ControlGrid,
  topo: GridTopology,
  members: readonly number[],
  blocked: Uint8Array,
  side: Side,
  isHostile: HostilityRule,
): number[] {
  const ends = new Set<number>();
  for (const i of members) {
    for (let k = 0; k < 6; k++) {
      const j = topo.neighbours[i * 6 + k] ?? -1;
      if (j < 0 || !blocked[j]) continue;
      const p = topo.decidedBy[j] ?? -1;
      const pos = p >= 0 ? grid.positions[p] : undefined;
      if (pos && isHostile(side, pos.side)) ends.add(p);
    }
  }
  return [...ends].sort((a, b) => a - b);
}

/**
 * Candidate cuts: for each forward position, its nearest partner in each of 16 bearing sectors
 * within `maxGapKm`. A cut to a farther partner in the same direction crosses the nearer one's
 * ground, so it is never the shortest way to enclose that area.
 */
function pairsFacingEachOther(grid: ControlGrid, ends: readonly number[], maxGapKm: number): Array<[number, number]> {
  const first = grid.positions[ends[0] ?? -1];
  if (!first) return [];
  const toXY = localProjection(first.lat, first.lon);
  const xy = ends.map((p) => {
    const pos = grid.positions[p];
    const origin: [number, number] = [0, 0];
    return pos ? toXY(pos.lat, pos.lon) : origin;
  });
  const pairs = new Set<string>();
  const out: Array<[number, number]> = [];
  ends.forEach((p, a) => {
    const [ax, ay] = xy[a] ?? [0, 0];
    const nearest = new Array<number>(SECTORS).fill(-1);
    const nearestKm = new Array<number>(SECTORS).fill(Infinity);
    ends.forEach((_, b) => {
      if (a === b) return;
      const [bx, by] = xy[b] ?? [0, 0];
      const km = Math.hypot(bx - ax, by - ay);
      // The flat distance is within a fraction of a percent of the great circle at these ranges.
      if (km === 0 || km > maxGapKm * 1.01) return;
      const angle = Math.atan2(by - ay, bx - ax) + Math.PI;
      const sector = Math.min(SECTORS - 1, Math.floor((angle / (2 * Math.PI)) * SECTORS));
      if (km < (nearestKm[sector] ?? Infinity)) {
        nearestKm[sector] = km;
        nearest[sector] = b;
      }
    });
    for (const b of nearest) {
      const q = ends[b];
      if (b < 0 || q === undefined) continue;
      const key = p < q ? `${p}:${q}` : `${q}:${p}`;
      if (pairs.has(key)) continue;
      pairs.add(key);
      out.push(p < q ? [p, q] : [q, p]);
    }
  });
  return out;
}

/** The region's cells a cut removes, and its painted length. */
interface Cut {
  cells: number[];
  paintedGapKm: number;
}

/**
 * The region's cells the segment p–q crosses, when the segment leaves the encircling side's ground
 * once, crosses the region in one piece and comes back onto ground of the same wall (so the cut
 * closes a loop); null otherwise.
 */
function cutAcross(
  grid: ControlGrid,
  topo: GridTopology,
  regionId: Int32Array,
  region: number,
  wallId: Int32Array,
  p: number,
  q: number,
): Cut | null {
  const a = grid.positions[p];
  const b = grid.positions[q];
  if (!a || !b) return null;
  const km = greatCircleKm(a.lat, a.lon, b.lat, b.lon);
  const probe = [0.25, 0.5, 0.75].some((t) => {
    const cell = cellAt(topo, a.lat + (b.lat - a.lat) * t, a.lon + (b.lon - a.lon) * t);
    return cell >= 0 && regionId[cell] === region;
  });
  if (!probe) return null;
  const segment = segmentCells(topo, a, b, km);
  if (!segment) return null;
  const line = segment.cells;
  const start = line.findIndex((c) => regionId[c] === region);
  const end = line.findLastIndex((c) => regionId[c] === region);
  if (start <= 0 || end >= line.length - 1) return null;
  const across = line.slice(start, end + 1);
  if (!across.every((c) => regionId[c] === region)) return null;
  const wallA = wallId[line[0] ?? -1] ?? -1;
  if (wallA < 0 || wallA !== wallId[line[line.length - 1] ?? -1]) return null;
  const painted = ((segment.enteredAt[end + 1] ?? 1) - (segment.enteredAt[start] ?? 0)) * km;
  return { cells: across, paintedGapKm: painted };
}

/**
 * Grows the region on both sides of the cut at the same pace; a side that reaches the extent's
 * border is open. The side that runs out of cells first without reaching the border is enclosed.
 */
function encloseByCut(
  grid: ControlGrid,
  topo: GridTopology,
  regionId: Int32Array,
  region: number,
  cut: Cut,
  p: number,
  q: number,
  side: Side,
  sideIdx: number,
  s: CutSettings,
  work: Workspace,
): Candidate | null {
  const a = grid.positions[p];
  const b = grid.positions[q];
  if (!a || !b) return null;
  const toXY = localProjection(a.lat, a.lon);
  const [bx, by] = toXY(b.lat, b.lon);
  // Marks of this cut live in the shared workspace above `base`: 1, 2 = the two halves, 3 = the cut.
  work.base += 4;
  const { marks, base } = work;
  const markOf = (i: number): number => Math.max(0, (marks[i] ?? 0) - base);
  for (const c of cut.cells) marks[c] = base + 3;
  const queues: number[][] = [[], []];
  for (const c of cut.cells) {
    for (let k = 0; k < 6; k++) {
      const j = topo.neighbours[c * 6 + k] ?? -1;
      if (j < 0 || regionId[j] !== region || markOf(j) !== 0) continue;
      const [jx, jy] = toXY(topo.lat[j] ?? 0, topo.lon[j] ?? 0);
      const half = bx * jy - by * jx >= 0 ? 0 : 1;
      marks[j] = base + half + 1;
      queues[half]?.push(j);
    }
  }
  const heads = [0, 0];
  const open = [false, false];
  const done = [false, false];
  while (!(done[0] && done[1])) {
    for (const h of [0, 1] as const) {
      if (done[h]) continue;
      const queue = queues[h] ?? [];
      const head = heads[h] ?? 0;
      if (head >= queue.length) {
        done[h] = true;
        continue;
      }
      heads[h] = head + 1;
      const i = queue[head] ?? 0;
      if (topo.onEdge[i]) {
        open[h] = true;
        done[h] = true;
        if (open[0] && open[1]) return null;
        continue;
      }
      for (let k = 0; k < 6; k++) {
        const j = topo.neighbours[i * 6 + k] ?? -1;
        if (j < 0 || regionId[j] !== region) continue;
        const m = markOf(j);
        if (m === 0) {
          marks[j] = base + h + 1;
          queue.push(j);
        } else if (m !== 3 && m !== h + 1) {
          return null; // both sides are one piece: the cut does not split the region
        }
      }
    }
    if (open[0] && done[1] && !open[1]) break;
    if (open[1] && done[0] && !open[0]) break;
  }
  if (open[0] === open[1]) return null;
  const inside = open[0] ? 1 : 0;
  const enclosed = Int32Array.from(queues[inside] ?? []).sort();
  const sideCells = enclosed.filter((i) => topo.side[i] === sideIdx);
  let paintedKm2 = 0;
  for (const i of sideCells) paintedKm2 += topo.areaKm2[i] ?? 0;
  if (paintedKm2 < s.minPaintedKm2) return null;
  const ring = positionRing(grid, topo, [...enclosed], (i) => markOf(i) === inside + 1, side, s.isHostile, [p, q]);
  return {
    side,
    p,
    q,
    gapKm: gapKm(grid, p, q),
    paintedGapKm: cut.paintedGapKm,
    enclosed,
    enclosedSideCells: sideCells,
    paintedKm2,
    ringPositions: ring.positions,
    ringAreaKm2: ring.areaKm2,
    ringPolygon: ring.polygon,
  };
}

/** Keeps, of the cuts that enclose the same area, the first (the list comes shortest gap first). */
function dropSameArea(sorted: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of sorted) {
    if (!kept.some((k) => k.side === c.side && jaccard(k.enclosedSideCells, c.enclosedSideCells) >= SAME_AREA)) kept.push(c);
  }
  return kept;
}

/** |A ∩ B| / |A ∪ B| of two sorted cell lists. */
function jaccard(a: Int32Array, b: Int32Array): number {
  if (Math.min(a.length, b.length) < SAME_AREA * Math.max(a.length, b.length)) return 0;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return both / (a.length + b.length - both);
}

function toEncirclement(grid: ControlGrid, topo: GridTopology, c: Candidate): Encirclement {
  const end = (p: number): GapEnd => ({ ...named(grid, p), side: grid.positions[p]?.side ?? 'unknown' });
  const ends: [GapEnd, GapEnd] = [end(c.p), end(c.q)];
  const inside = new Uint8Array(topo.cells.length);
  for (const i of c.enclosed) inside[i] = 1;
  const places = positionsInside(grid, topo, (i) => inside[i] === 1, c.side);
  const encircling = new Set<Side>([ends[0].side, ends[1].side]);
  for (const p of c.ringPositions) encircling.add(grid.positions[p]?.side ?? 'unknown');
  return {
    side: c.side,
    gap_km: c.gapKm,
    painted_gap_km: c.paintedGapKm,
    ends,
    enclosed_area_km2: c.ringAreaKm2,
    enclosed_painted_km2: c.paintedKm2,
    places,
    encircling_sides: [...encircling].sort(),
    cut: { type: 'LineString', coordinates: ends.map((e) => [e.lon, e.lat]) },
    enclosed_geometry: c.ringPolygon,
  };
}
