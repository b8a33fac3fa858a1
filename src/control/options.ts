import type { BaselineArea, ControlOptions } from '../model/index.ts';
import type { MultiPolygon, Polygon } from 'geojson';
import { ControlError } from './errors.ts';
import { syriaOutline } from './outline.ts';

/** H3 resolution 7: ~5.2 km² cells, ~2.4 km apart — finer than any report's place precision, and ~36k cells for Syria. */
export const DEFAULT_RESOLUTION = 7;
/** 25 km: about how far a held town's garrison and patrols reach in the 2017 desert war (see docs/control-model.md). */
export const DEFAULT_RADIUS_KM = 25;

/** Options for `controlAt` and friends: the grid options plus baseline polygons. */
export type ControlAtOptions = ControlOptions & { areas?: BaselineArea[] };

/** The options with defaults filled in and ranges checked. */
export interface ResolvedOptions {
  resolution: number;
  radiusKm: number;
  extent: Polygon | MultiPolygon;
  areas: BaselineArea[];
}

/**
 * Fills in defaults (resolution 7, 25 km, Syria's outline, no areas) and rejects values out of range.
 *
 * @example
 * resolveOptions({ radiusKm: 15 }).resolution; // 7
 */
export function resolveOptions(opts: ControlAtOptions = {}): ResolvedOptions {
  const resolution = opts.resolution ?? DEFAULT_RESOLUTION;
  const radiusKm = opts.radiusKm ?? DEFAULT_RADIUS_KM;
  if (!Number.isInteger(resolution) || resolution < 0 || resolution > 15) {
    throw new ControlError('E_CONTROL_OPTION', `resolution must be an integer 0..15, got ${resolution}`);
  }
  if (!Number.isFinite(radiusKm) || radiusKm <= 0) {
    throw new ControlError('E_CONTROL_OPTION', `radiusKm must be a positive number, got ${radiusKm}`);
  }
  return { resolution, radiusKm, extent: opts.extent ?? syriaOutline(), areas: opts.areas ?? [] };
}
