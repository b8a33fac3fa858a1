import { Hono } from 'hono';
import type { Store } from '../../store/store.ts';
import { HttpError } from '../errors.ts';
import { fullPage, nextLink, summaryPage } from '../event-pages.ts';
import { eventQuerySchema, parseQuery, toEventQuery } from '../params.ts';

/** GET /api/events (pages of summaries or full records, JSON or GeoJSON), GET /api/events/:id */
export function eventRoutes(store: Store): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(eventQuerySchema, c.req.query());
    const query = toEventQuery(q);
    const geojson = q.format === 'geojson';
    // One row more than the page tells whether there is a next page.
    const wanted = { ...query, limit: query.limit + 1 };
    const link = (rows: Array<{ date: string | null; id: string }>) => (rows.length > query.limit ? nextLink(c.req.url, rows[query.limit - 1]!) : null);
    let body: string;
    let next: string | null;
    if (q.view === 'full') {
      const events = store.events(wanted);
      next = link(events);
      body = JSON.stringify(fullPage(events.slice(0, query.limit), next, geojson));
    } else {
      const rows = store.eventSummaries(wanted);
      next = link(rows);
      body = summaryPage(rows.slice(0, query.limit), next, geojson);
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (next) headers.link = `<${next}>; rel="next"`;
    return c.body(body, 200, headers);
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
