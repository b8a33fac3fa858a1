import { Hono } from 'hono';
import type { Store, StoredEvent } from '../../store/store.ts';
import { HttpError } from '../errors.ts';
import { eventQuerySchema, parseQuery, toEventQuery } from '../params.ts';

/** A GeoJSON point feature per event with coordinates (others are left out and counted). */
function toFeatureCollection(events: StoredEvent[]): { type: 'FeatureCollection'; features: unknown[]; skipped: number } {
  const features = events
    .filter((e) => e.place?.lat != null && e.place.lon != null)
    .map((e) => ({ type: 'Feature', id: e.id, geometry: { type: 'Point', coordinates: [e.place!.lon, e.place!.lat] }, properties: e }));
  return { type: 'FeatureCollection', features, skipped: events.length - features.length };
}

/** GET /api/events, GET /api/events/:id */
export function eventRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(eventQuerySchema, c.req.query());
    const events = store.events(toEventQuery(q));
    if (q.format === 'geojson') return c.json(toFeatureCollection(events));
    return c.json({ count: events.length, events });
  });
  app.get('/:id', (c) => {
    const event = store.getEvent(c.req.param('id'));
    if (!event) throw new HttpError(404, 'E_NOT_FOUND', `no event with id ${JSON.stringify(c.req.param('id'))}`);
    const report = store.getReport(event.report_id);
    return c.json({
      event,
      sources: [{ eventId: event.id, reportId: event.report_id, source: report?.source ?? null, url: report?.url ?? null, published: report?.published ?? null, quote: event.quote, modality: event.modality, date: event.date }],
    });
  });
  return app;
}
