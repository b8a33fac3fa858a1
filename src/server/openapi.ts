import { EVENT_TYPES, SIDES } from '../model/index.ts';

type Param = { name: string; in: 'query' | 'path'; required?: boolean; description: string; schema: Record<string, unknown> };

const day = { type: 'string', format: 'date', example: '2017-07-15' };
const q = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }, required = false): Param => ({ name, in: 'query', required, description, schema });
const path = (name: string, description: string): Param => ({ name, in: 'path', required: true, description, schema: { type: 'string' } });
const ok = (description: string) => ({ 200: { description, content: { 'application/json': {} } }, 400: { description: 'a parameter was wrong: `{ error: { code, message } }`' } });

/** The API description served at /api/openapi.json. Kept beside the routes it describes. */
export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Frontwatch API',
      version: '0.1.0',
      description: 'Events, control maps and analyses from field reports. Every error is `{ error: { code, message } }` with a 4xx status naming what was wrong.',
    },
    paths: {
      '/api/events': {
        get: {
          summary: 'Events, filtered, one page at a time',
          description:
            'Pages of at most `limit` events (default 100) in date order, undated last. Each event is a summary ' +
            '(`id, report_id, type, subtype, date, date_end, modality, actor {name, side}, place {name, canonical, lat, lon, precision} | null, updated_at`); ' +
            '`view=full` gives full records, and `/api/events/{id}` one record with its sources. When more events match, `next` ' +
            '(and a `Link: <…>; rel="next"` header) is the URL of the next page: the same query with a `cursor`.',
          parameters: [
            q('since', 'events on or after this day', day), q('until', 'events on or before this day', day),
            q('side', 'acting side', { enum: SIDES }), q('type', 'event type', { enum: EVENT_TYPES }),
            q('bbox', 'west,south,east,north in degrees', { type: 'string', example: '37,34.5,39.5,35.8' }),
            q('place', 'place name contains'), q('source', 'outlet name'), q('report', 'report id'),
            q('factual', 'only asserted and reported_earlier', { enum: ['true', 'false'] }),
            q('fused', 'one record per real-world event with all its sources', { enum: ['true', 'false'] }),
            q('updated_since', 'only events inserted or changed after this time (ISO 8601)', { type: 'string', format: 'date-time' }),
            q('format', 'json (default) or geojson (located events as Point features; `skipped` counts the others)', { enum: ['json', 'geojson'] }),
            q('view', 'summary (default) or full records', { enum: ['summary', 'full'] }),
            q('order', 'asc (default, oldest first) or desc (newest first); undated events come last either way', { enum: ['asc', 'desc'] }),
            q('limit', 'page size (default 100, at most 50,000)', { type: 'integer', minimum: 1, maximum: 50_000, default: 100 }),
            q('cursor', 'where the page starts: take it from the `next` link of the previous page', { type: 'string' }),
            q('offset', 'skip this many (prefer `cursor`)', { type: 'integer' }),
          ],
          responses: ok('`{ count, events, next }` (`next`: URL of the next page or null), or a GeoJSON FeatureCollection with `skipped` and `next`'),
        },
      },
      '/api/events/{id}': { get: { summary: 'One event with every source and quote', parameters: [path('id', 'stable event id')], responses: { ...ok('`{ event, sources }`'), 404: { description: 'no such event' } } } },
      '/api/reports': {
        get: { summary: 'Reports (without text)', responses: ok('`{ reports }`') },
        post: {
          summary: 'Ingest a report (only when the server has an ingest token)',
          parameters: [q('name', 'file name; its extension chooses the format (.txt, .md, .html, .jsonl, .rss)')],
          requestBody: { content: { 'text/plain': {}, 'text/html': {}, 'application/x-ndjson': {} } },
          responses: { 201: { description: '`{ reports: [{ id, outcome, events, claims }] }`' }, 401: { description: 'wrong token' }, 403: { description: 'server is read-only' } },
        },
      },
      '/api/reports/{id}': { get: { summary: 'One report with its text and the spans of its events', parameters: [path('id', 'report id')], responses: { ...ok('`{ report, spans }`'), 404: { description: 'no such report' } } } },
      '/api/control': {
        get: {
          summary: 'Area control for a date: side polygons with area and evidence, front lines',
          parameters: [
            q('date', 'day', day, true),
            q('view', 'full (default) or map: for drawing, areas with only kind, side and area_km2, outlines simplified to ~1 km and rounded to 5 decimals', { enum: ['full', 'map'] }),
          ],
          responses: ok('GeoJSON FeatureCollection'),
        },
      },
      '/api/timeline': { get: { summary: 'What the page needs for its slider and filters', responses: ok('`{ first, last, sides, types }`') } },
      '/api/changes': { get: { summary: 'What changed between two dates', parameters: [q('from', 'day', day, true), q('to', 'day', day, true)], responses: ok('`{ bySide, changedPlaces }`') } },
      '/api/pockets': { get: { summary: 'Pockets on a date', parameters: [q('date', 'day', day, true)], responses: ok('`{ pockets }`') } },
      '/api/encirclements': {
        get: { summary: 'Near-encirclements on a date', parameters: [q('date', 'day', day, true), q('side', 'the side that would be enclosed', { enum: SIDES }), q('top', 'at most', { type: 'integer' })], responses: ok('`{ encirclements }`') },
      },
      '/api/claims': { get: { summary: 'Numeric claims with their check against the map', parameters: [q('report', 'report id')], responses: ok('`{ claims }`') } },
      '/api/places': { get: { summary: 'Gazetteer search', parameters: [q('q', 'name, any transliteration', { type: 'string' }, true), q('limit', 'at most', { type: 'integer' })], responses: ok('`{ candidates: [{ place, score, why }] }`') } },
      '/api/health': { get: { summary: 'Liveness and counts', responses: ok('`{ ok, reports, events, claims }`') } },
    },
  };
}
