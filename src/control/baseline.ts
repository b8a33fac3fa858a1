import { readFileSync } from 'node:fs';
import type { BaselineArea, ControlObservation, Side } from '../model/index.ts';
import { SIDES } from '../model/index.ts';
import { isDay } from './dates.ts';
import { ControlError } from './errors.ts';

/** A baseline: who held which points (and optionally which areas) as of given dates. */
export interface Baseline {
  observations: ControlObservation[];
  areas: BaselineArea[];
}

const REQUIRED_COLUMNS = ['name', 'lat', 'lon', 'side', 'date'] as const;

export interface BaselineOptions {
  /** The side of a name outside the vocabulary ("SAA", "Daesh"), e.g. through a theater's actor lexicon; null when unknown. */
  sideOf?: (text: string) => Side | null;
}

/**
 * Reads a baseline file: CSV with a header naming `name,lat,lon,side,date` (any order; an optional
 * `place_id` column chains rows to gazetteer ids), or GeoJSON whose Point features become
 * observations and Polygon/MultiPolygon features become areas, with properties `side`, `date`
 * and `name`. Errors carry `E_CONTROL_BASELINE_READ` / `E_CONTROL_BASELINE_FORMAT` and name the
 * file and line (CSV) or feature (GeoJSON). A side is one of `SIDES` (any case), else what
 * `opts.sideOf` makes of the name.
 *
 * @example
 * const { observations, areas } = loadBaseline('data/baseline-2017-06.csv');
 */
export function loadBaseline(file: string, opts: BaselineOptions = {}): Baseline {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ControlError('E_CONTROL_BASELINE_READ', `${file}: cannot read the baseline (${(error as Error).message})`);
  }
  return /\.(geo)?json$/i.test(file) || text.trimStart().startsWith('{')
    ? parseBaselineGeoJSON(text, file, opts)
    : parseBaselineCsv(text, file, opts);
}

/**
 * Parses baseline CSV text; `file` only names the source in errors.
 *
 * @example
 * parseBaselineCsv('name,lat,lon,side,date\nArak,34.65,38.56,isis,2017-05-01\n', 'b.csv').observations[0]?.side; // 'isis'
 */
export function parseBaselineCsv(text: string, file: string, opts: BaselineOptions = {}): Baseline {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${file}:1: the header must name ${REQUIRED_COLUMNS.join(',')} (missing ${missing.join(', ')})`);
  }
  const column = (name: string): number => header.indexOf(name);
  const observations: ControlObservation[] = [];
  lines.forEach((line, i) => {
    if (i === 0 || line.trim() === '' || line.trimStart().startsWith('#')) return;
    const where = `${file}:${i + 1}`;
    const fields = splitCsvLine(line);
    const field = (name: string): string => (fields[column(name)] ?? '').trim();
    const observation: ControlObservation = {
      name: field('name'),
      lat: coordinate(field('lat'), -90, 90, 'lat', where),
      lon: coordinate(field('lon'), -180, 180, 'lon', where),
      side: side(field('side'), where, opts),
      date: day(field('date'), where),
      origin: 'baseline',
    };
    if (!observation.name) throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${where}: empty name`);
    const placeId = column('place_id') >= 0 ? field('place_id') : '';
    if (placeId) observation.placeId = placeId;
    observations.push(observation);
  });
  return { observations, areas: [] };
}

/**
 * Parses baseline GeoJSON text (a FeatureCollection, or one Feature); `file` only names the source in errors.
 *
 * @example
 * parseBaselineGeoJSON(JSON.stringify(collection), 'b.geojson').areas.length;
 */
export function parseBaselineGeoJSON(text: string, file: string, opts: BaselineOptions = {}): Baseline {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${file}: not valid JSON (${(error as Error).message})`);
  }
  const features = featuresOf(parsed, file);
  const observations: ControlObservation[] = [];
  const areas: BaselineArea[] = [];
  features.forEach((feature, i) => {
    const where = `${file}: features[${i}]`;
    const properties = isRecord(feature.properties) ? feature.properties : {};
    const featureSide = side(String(properties.side ?? ''), where, opts);
    const date = day(String(properties.date ?? ''), where);
    const name = typeof properties.name === 'string' ? properties.name : '';
    const geometry = isRecord(feature.geometry) ? feature.geometry : undefined;
    const coordinates = geometry?.coordinates;
    if (geometry?.type === 'Point' && Array.isArray(coordinates)) {
      const observation: ControlObservation = {
        name,
        lon: coordinate(String(coordinates[0]), -180, 180, 'lon', where),
        lat: coordinate(String(coordinates[1]), -90, 90, 'lat', where),
        side: featureSide,
        date,
        origin: 'baseline',
      };
      if (typeof properties.place_id === 'string') observation.placeId = properties.place_id;
      observations.push(observation);
    } else if (geometry?.type === 'Polygon' && isPolygonCoordinates(coordinates)) {
      areas.push(area(featureSide, date, name, { type: 'Polygon', coordinates }));
    } else if (geometry?.type === 'MultiPolygon' && Array.isArray(coordinates) && coordinates.every(isPolygonCoordinates)) {
      areas.push(area(featureSide, date, name, { type: 'MultiPolygon', coordinates }));
    } else {
      throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${where}: geometry must be a Point, Polygon or MultiPolygon`);
    }
  });
  return { observations, areas };
}

function area(areaSide: Side, date: string, name: string, geometry: BaselineArea['geometry']): BaselineArea {
  return name ? { side: areaSide, date, name, geometry } : { side: areaSide, date, geometry };
}

function featuresOf(parsed: unknown, file: string): Array<Record<string, unknown>> {
  if (isRecord(parsed) && parsed.type === 'FeatureCollection' && Array.isArray(parsed.features)) {
    return parsed.features.map((f, i) => {
      if (!isRecord(f)) throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${file}: features[${i}] is not a Feature`);
      return f;
    });
  }
  if (isRecord(parsed) && parsed.type === 'Feature') return [parsed];
  throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${file}: expected a GeoJSON FeatureCollection or Feature`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPolygonCoordinates(value: unknown): value is number[][][] {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((ring) => Array.isArray(ring) && ring.length >= 4 && ring.every((p) => Array.isArray(p) && p.length >= 2 && p.every((n) => typeof n === 'number' && Number.isFinite(n))))
  );
}

function coordinate(text: string, min: number, max: number, what: string, where: string): number {
  const value = Number(text);
  if (text === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${where}: ${what} "${text}" is not a number in ${min}..${max}`);
  }
  return value;
}

function side(text: string, where: string, opts: BaselineOptions): Side {
  const found = SIDES.find((s) => s === text.trim().toLowerCase()) ?? (text.trim() ? opts.sideOf?.(text.trim()) : undefined);
  if (!found) throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${where}: side "${text}" is not one of ${SIDES.join(', ')}${opts.sideOf ? ' nor a name of an actor the theater knows' : ''}`);
  return found;
}

function day(text: string, where: string): string {
  const trimmed = text.trim();
  if (!isDay(trimmed)) throw new ControlError('E_CONTROL_BASELINE_FORMAT', `${where}: date "${text}" is not YYYY-MM-DD`);
  return trimmed;
}

/** Splits one CSV line, honouring double-quoted fields ("a, b" and "" for a quote). */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(current);
      current = '';
    } else current += ch;
  }
  fields.push(current);
  return fields;
}
