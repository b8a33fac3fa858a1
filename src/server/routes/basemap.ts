import { Hono } from 'hono';
import { bboxClip } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Gazetteer } from '../../geo/gazetteer.ts';
import { loadSyriaProvinceOutlines } from '../../geo/provinces.ts';

/** Syria's region on the map: neighbours' outlines are kept only inside this box. */
const REGION = { west: 30, south: 28, east: 46, north: 40 };
const POPULATED_KINDS = new Set(['city', 'town', 'village', 'locality']);

function inRegion(f: Feature<Geometry>): boolean {
  const coords = JSON.stringify(f.geometry).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? [];
  return coords.some((pair) => {
    const [lon, lat] = pair.split(',').map(Number) as [number, number];
    return lon >= REGION.west && lon <= REGION.east && lat >= REGION.south && lat <= REGION.north;
  });
}

/**
 * Country outlines around Syria from Natural Earth (the npm package world-atlas, public domain),
 * cut to the region: whole neighbours (Turkey, Iran, Saudi Arabia, Egypt) would be five times the
 * bytes for the browser to parse and tile before its first paint.
 */
function countries(): FeatureCollection {
  const path = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  const topo = JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const all = feature(topo, topo.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  const box: [number, number, number, number] = [REGION.west, REGION.south, REGION.east, REGION.north];
  return { type: 'FeatureCollection', features: all.features.filter(inRegion).map((f) => bboxClip(f, box)) };
}

/** Coordinates to 4 decimals (~10 m), finer than Natural Earth's 1:10m outlines. */
const round4 = (_key: string, value: unknown): unknown => (typeof value === 'number' ? Math.round(value * 1e4) / 1e4 : value);

/** Town and city labels from the gazetteer, largest first, so the map can thin them by zoom. */
function placeLabels(gazetteer: Gazetteer): FeatureCollection<Point> {
  const places = gazetteer.all().filter((p) => POPULATED_KINDS.has(p.kind) && (p.kind === 'city' || (p.population ?? 0) >= 10_000));
  places.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  return {
    type: 'FeatureCollection',
    features: places.map((p, rank) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.lon, p.lat] }, properties: { name: p.name, kind: p.kind, rank } })),
  };
}

/** GET /api/basemap/{countries,provinces,places}: the offline base map's layers, computed once. */
export function basemapRoutes(gazetteer: Gazetteer): Hono {
  const app = new Hono();
  let cache: Record<string, string> | null = null;
  const layers = (): Record<string, string> =>
    (cache ??= {
      countries: JSON.stringify(countries(), round4),
      provinces: JSON.stringify(loadSyriaProvinceOutlines()),
      places: JSON.stringify(placeLabels(gazetteer)),
    });
  app.get('/:layer', (c) => {
    const body = layers()[c.req.param('layer')];
    if (!body) return c.json({ error: { code: 'E_NOT_FOUND', message: 'layers: countries, provinces, places' } }, 404);
    return c.body(body, 200, { 'content-type': 'application/json', 'cache-control': 'max-age=86400' });
  });
  return app;
}
