import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';

/** ~1 km: under the size of a resolution-7 cell, so no side's area loses a cell's worth of shape. */
const TOLERANCE_DEG = 0.01;

/** Coordinates to 5 decimals (~1 m): more digits only cost bytes and parsing. */
const round = (_key: string, value: unknown): unknown => (typeof value === 'number' ? Math.round(value * 1e5) / 1e5 : value);

/**
 * Control for drawing: areas keep only what the map styles by (kind, side, area), outlines are
 * simplified and rounded; front lines keep their properties. A quarter of the full answer's size,
 * with no evidence lists, so the browser draws it several times sooner.
 */
export function controlMapText(control: FeatureCollection): string {
  const features = control.features.map((f): Feature => {
    const { geometry } = simplify(f, { tolerance: TOLERANCE_DEG, highQuality: false, mutate: false });
    const p = f.properties ?? {};
    const properties = p.kind === 'area' ? { kind: 'area', side: p.side as unknown, area_km2: p.area_km2 as unknown } : p;
    return { type: 'Feature', geometry, properties };
  });
  return JSON.stringify({ type: 'FeatureCollection', features }, round);
}
