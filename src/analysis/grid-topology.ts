import { cellArea, cellToLatLng, getHexagonEdgeLengthAvg, gridDisk } from 'h3-js';
import type { ControlGrid, Side } from '../model/index.ts';
import { createCellLocator, type CellLocator } from './cell-locator.ts';
import { AnalysisError } from './errors.ts';

/**
 * A ControlGrid's cells numbered 0..n-1 with what every analysis walks: neighbours, edge flags,
 * centres, areas, sides. Built once per grid object and cached, so pockets and encirclements on the
 * same grid pay for it once. Grids are treated as values: do not change one after analysing it.
 */
export interface GridTopology {
  resolution: number;
  cells: string[];
  indexOf: Map<string, number>;
  /** The side of each cell (index into `sideNames`). */
  side: Uint8Array;
  sideNames: Side[];
  /** Up to 6 neighbour numbers per cell at [6i, 6i+6); -1 where absent. */
  neighbours: Int32Array;
  /** 1 when a neighbour lies outside `grid.cells`: the cell touches the extent's border. */
  onEdge: Uint8Array;
  lat: Float64Array;
  lon: Float64Array;
  /** Geodesic area of each cell, km². */
  areaKm2: Float64Array;
  /** Index into `grid.positions` of the position that decided each cell, or -1. */
  decidedBy: Int32Array;
  /** Average edge length of a cell at this resolution, km. */
  edgeKm: number;
  /** Point → cell lookup. */
  locator: CellLocator;
  /** The cell each of `grid.positions` stands in, or -1 outside the grid. */
  positionCell: Int32Array;
}

const cache = new WeakMap<ControlGrid, GridTopology>();

/**
 * The topology of `grid`, from the cache when this grid object was seen before.
 *
 * @example
 * const topo = gridTopology(grid);
 * topo.cells.length === grid.cells.size; // true
 */
export function gridTopology(grid: ControlGrid): GridTopology {
  const cached = cache.get(grid);
  if (cached) return cached;
  const built = buildTopology(grid);
  cache.set(grid, built);
  return built;
}

function buildTopology(grid: ControlGrid): GridTopology {
  if (!(grid.cells instanceof Map) || grid.cells.size === 0) {
    throw new AnalysisError('E_ANALYSIS_ARGUMENT', 'grid: has no cells');
  }
  const cells = [...grid.cells.keys()].sort();
  const n = cells.length;
  const indexOf = new Map(cells.map((cell, i) => [cell, i] as const));
  const sideNames: Side[] = [];
  const sideIndex = new Map<Side, number>();
  const side = new Uint8Array(n);
  const neighbours = new Int32Array(n * 6).fill(-1);
  const onEdge = new Uint8Array(n);
  const lat = new Float64Array(n);
  const lon = new Float64Array(n);
  const areaKm2 = new Float64Array(n);
  const decidedBy = new Int32Array(n).fill(-1);
  cells.forEach((cell, i) => {
    const cellSide = grid.cells.get(cell) ?? 'unknown';
    let s = sideIndex.get(cellSide);
    if (s === undefined) {
      s = sideNames.length;
      sideNames.push(cellSide);
      sideIndex.set(cellSide, s);
    }
    side[i] = s;
    const [cellLat, cellLon] = cellToLatLng(cell);
    lat[i] = cellLat;
    lon[i] = cellLon;
    areaKm2[i] = cellArea(cell, 'km2');
    decidedBy[i] = grid.decidedBy.get(cell) ?? -1;
    let slot = 0;
    for (const other of gridDisk(cell, 1)) {
      if (other === cell) continue;
      const j = indexOf.get(other);
      if (j === undefined) onEdge[i] = 1;
      else neighbours[i * 6 + slot++] = j;
    }
  });
  const edgeKm = getHexagonEdgeLengthAvg(grid.resolution, 'km');
  const locator = createCellLocator(lat, lon, edgeKm);
  const positionCell = Int32Array.from(grid.positions, (pos) => locator.locate(pos.lat, pos.lon));
  return {
    resolution: grid.resolution,
    cells,
    indexOf,
    side,
    sideNames,
    neighbours,
    onEdge,
    lat,
    lon,
    areaKm2,
    decidedBy,
    edgeKm,
    locator,
    positionCell,
  };
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

/**
 * The side index of `side` in this topology, or -1 when no cell has it.
 *
 * @example
 * sideIndexOf(topo, 'isis'); // 1
 */
export function sideIndexOf(topo: GridTopology, side: Side): number {
  return topo.sideNames.indexOf(side);
}
