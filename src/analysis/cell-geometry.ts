import { cellsToMultiPolygon } from 'h3-js';
import type { MultiPolygon, Polygon } from 'geojson';

/**
 * The outline of a set of H3 cells as GeoJSON ([lon, lat]): a Polygon when the cells form one
 * piece, else a MultiPolygon.
 *
 * @example
 * cellsGeometry(['872a1072bffffff']).type; // 'Polygon'
 */
export function cellsGeometry(cells: readonly string[]): Polygon | MultiPolygon {
  const coordinates = cellsToMultiPolygon([...cells], true);
  const only = coordinates[0];
  if (coordinates.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates };
}
