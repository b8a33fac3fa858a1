import { cellArea, cellToLatLng, getHexagonEdgeLengthAvg } from 'h3-js';
import type { ControlGrid, Side } from '../model/index.ts';
import { createCellLocator, type CellLocator } from './cell-locator.ts';
import { AnalysisError } from './errors.ts';

/** What depends only on the set of cells: shared by every date of one extent. */
interface CellFrame {
  resolution: number;
  /** H3 index of each cell, sorted. */
  cells: string[];
  indexOf: Map<string, number>;
  /** Up to 6 neighbour numbers per cell at [6i, 6i+6); -1 where absent. */
  neighbours: Int32Array;
  /** 1 when the cell has fewer than 6 neighbours in the grid: it touches the extent's border. */
  onEdge: Uint8Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Geodesic area of each cell, km². */
  areaKm2: Float64Array;
  /** Average edge length of a cell at this resolution, km. */
  edgeKm: number;
  /** Point → cell lookup. */
  locator: CellLocator;
}

/**
 * A ControlGrid's cells numbered 0..n-1 with what every analysis walks: neighbours, edge flags,
 * centres, areas, sides, deciders. Built once per grid object and cached, so pockets and
 * encirclements on the same grid pay for it once; the part that depends only on the cells (the
 * extent) is shared by all grids over the same cells. Grids are values: do not change one after
 * analysing it.
 */
export interface GridTopology extends CellFrame {
  /** The side of each cell (index into `sideNames`). */
  side: Uint8Array;
  sideNames: Side[];
  /** Index into `grid.positions` of the position that decided each cell, or -1. */
  decidedBy: Int32Array;
  /** The cell each of `grid.positions` stands in, or -1 outside the grid. */
  positionCell: Int32Array;
}

const byGrid = new WeakMap<ControlGrid, GridTopology>();
/** The last few cell frames built (one per extent and resolution in practice). */
const frames: CellFrame[] = [];
const MAX_FRAMES = 4;

/**
 * The topology of `grid`, from the cache when this grid object was seen before.
 *
 * @example
 * const topo = gridTopology(grid);
 * topo.cells.length === grid.cells.size; // true
 */
export function gridTopology(grid: ControlGrid): GridTopology {
  const cached = byGrid.get(grid);
  if (cached) return cached;
  if (!(grid.cells instanceof Map) || grid.cells.size === 0) {
    throw new AnalysisError('E_ANALYSIS_ARGUMENT', 'grid: has no cells');
  }
  const frame = frameFor(grid);
  const n = frame.cells.length;
  const sideNames: Side[] = [];
  const side = new Uint8Array(n);
  const decidedBy = new Int32Array(n).fill(-1);
  frame.cells.forEach((cell, i) => {
    const cellSide = grid.cells.get(cell) ?? 'unknown';
    let s = sideNames.indexOf(cellSide);
    if (s < 0) s = sideNames.push(cellSide) - 1;
    side[i] = s;
    decidedBy[i] = grid.decidedBy.get(cell) ?? -1;
  });
  const positionCell = Int32Array.from(grid.positions, (pos) => frame.locator.locate(pos.lat, pos.lon));
  const topo: GridTopology = { ...frame, side, sideNames, decidedBy, positionCell };
  byGrid.set(grid, topo);
  return topo;
}

function frameFor(grid: ControlGrid): CellFrame {
  const same = frames.find(
    (f) => f.resolution === grid.resolution && f.cells.length === grid.cells.size && [...grid.cells.keys()].every((c) => f.indexOf.has(c)),
  );
  if (same) return same;
  const built = buildFrame([...grid.cells.keys()].sort(), grid.resolution);
  frames.unshift(built);
  frames.length = Math.min(frames.length, MAX_FRAMES);
  return built;
}

function buildFrame(cells: string[], resolution: number): CellFrame {
  const n = cells.length;
  const indexOf = new Map(cells.map((cell, i) => [cell, i] as const));
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const areaKm2 = new Float64Array(n);
  cells.forEach((cell, i) => {
    const [cellLat, cellLon] = cellToLatLng(cell);
    lat[i] = cellLat;
    lon[i] = cellLon;
    areaKm2[i] = cellArea(cell, 'km2');
  });
  const edgeKm = getHexagonEdgeLengthAvg(resolution, 'km');
  const locator = createCellLocator(lat, lon, edgeKm);
  const { neighbours, onEdge } = neighboursByDistance(lat, lon, locator);
  return { resolution, cells, indexOf, neighbours, onEdge, lat, lon, areaKm2, edgeKm, locator };
}

/**
 * The 6 neighbours of each cell from the centres alone (no H3 call): the centres within 1.25 times
 * the nearest one's distance. H3 neighbours lie within 1.05 of each other, the next ring beyond
 * 1.7 (measured on all of Syria at resolution 7, identical to `gridDisk`). A cell with fewer than
 * 6 is on the extent's edge (a pentagon would count as one too).
 */
function neighboursByDistance(lat: Float64Array, lon: Float64Array, locator: CellLocator): { neighbours: Int32Array; onEdge: Uint8Array } {
  const n = lat.length;
  const neighbours = new Int32Array(n * 6).fill(-1);
  const onEdge = new Uint8Array(n);
  const near: Array<[number, number]> = [];
  for (let i = 0; i < n; i++) {
    const la = lat[i] ?? 0;
    const lo = lon[i] ?? 0;
    const cos = Math.cos((la * Math.PI) / 180);
    near.length = 0;
    locator.forEachNear(la, lo, (j) => {
      if (j === i) return;
      const dy = (lat[j] ?? 0) - la;
      const dx = ((lon[j] ?? 0) - lo) * cos;
      near.push([dx * dx + dy * dy, j]);
    });
    near.sort((a, b) => a[0] - b[0]);
    const limit = (near[0]?.[0] ?? 0) * 1.25 ** 2;
    let count = 0;
    for (const [d, j] of near) {
      if (d > limit || count === 6) break;
      neighbours[i * 6 + count++] = j;
    }
    if (count < 6) onEdge[i] = 1;
  }
  return { neighbours, onEdge };
}

/**
 * The number of the grid cell holding (lat, lon), or -1 when the point is outside the grid.
 *
 * @example
 * cellAt(topo, 35, 38); // 1234
 */
export function cellAt(topo: GridTopology, lat: number, lon: number): number {
  return topo.locator.locate(lat, lon);
}
