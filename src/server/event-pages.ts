import type { EventQuery, EventSummaryRow, StoredEvent } from '../store/store.ts';
import { HttpError } from './errors.ts';

type Cursor = NonNullable<EventQuery['after']>;

/** The `cursor` of a next link: the last event of the page (its date and id), opaque to clients. */
export function encodeCursor(last: { date: string | null; id: string }): string {
  return Buffer.from(JSON.stringify([last.date, last.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2 && (value[0] === null || typeof value[0] === 'string') && typeof value[1] === 'string') {
      return { date: value[0], id: value[1] };
    }
  } catch {
    // falls through to the 400
  }
  throw new HttpError(400, 'E_BAD_PARAM', 'parameter "cursor": not a cursor from a `next` link');
}

/** The request's own path and query with the cursor moved on (and any offset dropped, the cursor replaces it). */
export function nextLink(requestUrl: string, last: { date: string | null; id: string }): string {
  const url = new URL(requestUrl);
  url.searchParams.delete('offset');
  url.searchParams.set('cursor', encodeCursor(last));
  return `${url.pathname}${url.search}`;
}

/** A page of summaries as response text, put together from the JSON the store keeps: no parse, no re-serialize. */
export function summaryPage(rows: readonly EventSummaryRow[], next: string | null, geojson: boolean): string {
  const tail = `,"next":${JSON.stringify(next)}}`;
  if (!geojson) return `{"count":${rows.length},"events":[${rows.map((r) => r.json).join(',')}]${tail}`;
  const located = rows.filter((r) => r.lat !== null && r.lon !== null);
  const features = located.map((r) => `{"type":"Feature","id":${JSON.stringify(r.id)},"geometry":{"type":"Point","coordinates":[${r.lon},${r.lat}]},"properties":${r.json}}`);
  return `{"type":"FeatureCollection","features":[${features.join(',')}],"skipped":${rows.length - located.length}${tail}`;
}

/** A page of full records. */
export function fullPage(events: readonly StoredEvent[], next: string | null, geojson: boolean): unknown {
  if (!geojson) return { count: events.length, events, next };
  const located = events.filter((e) => e.place?.lat != null && e.place.lon != null);
  const features = located.map((e) => ({ type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [e.place!.lon, e.place!.lat] }, properties: e }));
  return { type: 'FeatureCollection', features, skipped: events.length - located.length, next };
}
