import { cellArea, cellsToMultiPolygon } from 'h3-js';
import type { Feature, FeatureCollection, LineString, MultiPolygon } from 'geojson';
import type { ControlGrid, Side } from '../model/index.ts';
import { frontLines, type FrontLineProperties } from './front-lines.ts';
import { SIDE_COLOURS } from './side-style.ts';

/** Properties of a side's dissolved area. */
export interface SideAreaProperties {
  kind: 'area';
  date: string;
  side: Side;
  /** Geodesic area (sum of the H3 cells' areas on the sphere). */
  area_km2: number;
  /** Of which: desert given to the side by the empty-desert rule (no evidence within the radius). */
  filled_km2: number;
  /** The evidence that decided the area: place names, event and report ids, baseline area names. */
  places: string[];
  eventIds: string[];
  reportIds: string[];
  baselineAreas: string[];
  fill: string;
  'fill-opacity': number;
  stroke: string;
}

/**
 * The grid as GeoJSON: one dissolved MultiPolygon per side holding cells (with its geodesic area and
 * the evidence that decided it), then the front lines between sides as LineStrings. `unknown`
 * cells get no feature. Colours are simplestyle properties.
 *
 * @example
 * const fc = controlGeoJSON(controlAt(observations, '2017-06-15'));
 * fc.features.filter((f) => f.properties?.kind === 'area').map((f) => [f.properties?.side, f.properties?.area_km2]);
 */
export function controlGeoJSON(grid: ControlGrid): FeatureCollection<MultiPolygon | LineString, SideAreaProperties | FrontLineProperties> {
  const cellsBySide = new Map<Side, string[]>();
  for (const [cell, side] of grid.cells) {
    if (side === 'unknown') continue;
    const list = cellsBySide.get(side) ?? [];
    list.push(cell);
    cellsBySide.set(side, list);
  }
  const areas: Array<Feature<MultiPolygon, SideAreaProperties>> = [];
  for (const side of [...cellsBySide.keys()].sort()) {
    const cells = cellsBySide.get(side) ?? [];
    areas.push({
      type: 'Feature',
      properties: { kind: 'area', date: grid.date, side, ...areaFacts(grid, cells), fill: SIDE_COLOURS[side], 'fill-opacity': 0.45, stroke: SIDE_COLOURS[side] },
      geometry: { type: 'MultiPolygon', coordinates: cellsToMultiPolygon(cells, true) },
    });
  }
  return { type: 'FeatureCollection', features: [...areas, ...frontLines(grid)] };
}

function areaFacts(grid: ControlGrid, cells: string[]): Pick<SideAreaProperties, 'area_km2' | 'filled_km2' | 'places' | 'eventIds' | 'reportIds' | 'baselineAreas'> {
  let areaKm2 = 0;
  let filledKm2 = 0;
  const positionIndexes = new Set<number>();
  const areaIndexes = new Set<number>();
  for (const cell of cells) {
    const km2 = cellArea(cell, 'km2');
    areaKm2 += km2;
    const position = grid.decidedBy.get(cell);
    const area = grid.decidedByArea?.get(cell);
    if (position !== undefined) positionIndexes.add(position);
    else if (area !== undefined) areaIndexes.add(area);
    else filledKm2 += km2;
  }
  const positions = [...positionIndexes].flatMap((i) => grid.positions[i] ?? []);
  const sorted = (values: Iterable<string>): string[] => [...new Set(values)].sort();
  return {
    area_km2: Math.round(areaKm2 * 10) / 10,
    filled_km2: Math.round(filledKm2 * 10) / 10,
    places: sorted(positions.map((p) => p.name)),
    eventIds: sorted(positions.flatMap((p) => p.eventIds ?? [])),
    reportIds: sorted(positions.flatMap((p) => p.reportIds ?? [])),
    baselineAreas: sorted([...areaIndexes].flatMap((i) => grid.areas?.[i]?.name ?? [])),
  };
}
