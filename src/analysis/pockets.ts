import type { MultiPolygon, Polygon } from 'geojson';
import type { ControlGrid, Side } from '../model/index.ts';
import { cellsGeometry } from './cell-geometry.ts';
import { enclosedRegions } from './enclosed-regions.ts';
import { gridTopology } from './grid-topology.ts';
import { named, type NamedPoint } from './named-points.ts';
import { everyoneHostile, type HostilityRule } from './hostility.ts';
import { pocketFormed, sharedRegions, type PocketHistory } from './pocket-formed.ts';
import { positionRing } from './position-ring.ts';

/** A connected region of one side whose whole boundary touches hostile sides only. */
export interface Pocket {
  side: Side;
  cellCount: number;
  /** PAINTED measure: geodesic area of the besieged side's cells (what published pocket sizes usually mean). */
  area_km2: number;
  /**
   * POSITIONS measure: area of the polygon through the encircling sides' positions that decided the
   * cells bordering the pocket, ordered around it; null when fewer than 3 such positions.
   */
  ring_area_km2: number | null;
  /** The besieged side's positions inside the pocket. */
  places: NamedPoint[];
  /** The encircling positions, in ring order. */
  ring: NamedPoint[];
  /** Sides of the cells around the pocket, sorted. */
  surrounding_sides: Side[];
  /** Outline of the painted pocket. */
  geometry: Polygon | MultiPolygon;
  /** The polygon through the encircling positions, or null. */
  ring_geometry: Polygon | null;
  /** The pocket's H3 cells, sorted. */
  cells: string[];
  /** First date it existed (see `pocketFormed`), or null when no history was given. */
  formed: string | null;
}

export interface FindPocketsOptions {
  /** Evidence over time: when given, each pocket's `formed` date is searched (see `pocketFormed`). */
  history?: PocketHistory;
  /** Which sides fight each other; default every known side against every other. */
  isHostile?: HostilityRule;
  /** Ignore pockets smaller than this many cells; default 1. */
  minCells?: number;
}

/**
 * Pockets on a control grid: connected regions (H3 adjacency) of one side whose every neighbouring
 * cell is held by a hostile side. A region touching `unknown` or the extent's border (a cell with a
 * neighbour outside `grid.cells`) is not a pocket. Largest first. `formed` is null here: fill it
 * with `pocketFormed` when a date series is at hand.
 *
 * @example
 * const pockets = findPockets(controlAt(obs, '2017-07-15'));
 * pockets[0]; // { side: 'isis', area_km2: 1740, ring_area_km2: 2950, surrounding_sides: ['government'], ... }
 */
export function findPockets(grid: ControlGrid, opts: FindPocketsOptions = {}): Pocket[] {
  const isHostile = opts.isHostile ?? everyoneHostile;
  const topo = gridTopology(grid);
  const positionsByCell = new Map<number, number[]>();
  topo.positionCell.forEach((cell, p) => positionsByCell.set(cell, [...(positionsByCell.get(cell) ?? []), p]));
  const regionsOn = opts.history ? sharedRegions(opts.history, isHostile) : null;
  const pockets = enclosedRegions(grid, isHostile, opts.minCells ?? 1).map((region): Pocket => {
    const inPocket = region.has;
    const ring = positionRing(grid, topo, region.members, inPocket, region.side, isHostile);
    const cells = region.members.map((i) => topo.cells[i] ?? '');
    let area = 0;
    for (const i of region.members) area += topo.areaKm2[i] ?? 0;
    return {
      side: region.side,
      cellCount: region.members.length,
      area_km2: area,
      ring_area_km2: ring.areaKm2,
      places: region.members
        .flatMap((cell) => (positionsByCell.get(cell) ?? []).filter((p) => grid.positions[p]?.side === region.side))
        .sort((a, b) => a - b)
        .map((p) => named(grid, p)),
      ring: ring.positions.map((p) => named(grid, p)),
      surrounding_sides: region.around,
      geometry: cellsGeometry(topo, region.members, inPocket),
      ring_geometry: ring.polygon,
      cells,
      formed: opts.history && regionsOn ? pocketFormed(cells, region.side, grid.date, opts.history, isHostile, regionsOn) : null,
    };
  });
  return pockets.sort((a, b) => b.area_km2 - a.area_km2 || (a.cells[0] ?? '').localeCompare(b.cells[0] ?? ''));
}
