import { Hono } from 'hono';
import type { Geocoder } from '../../model/index.ts';
import { parseReportFile } from '../../ingest/index.ts';
import { processReport } from '../../pipeline/index.ts';
import type { Store } from '../../store/store.ts';
import { HttpError } from '../errors.ts';

const MAX_POST_BYTES = 16 * 1024 * 1024;

/** GET /api/reports, GET /api/reports/:id (text + event spans), POST /api/reports (only with a token). */
export function reportRoutes(store: Store, opts: { ingestToken?: string; geocoder?: Geocoder }): Hono {
  const app = new Hono();
  app.get('/', (c) => c.json({ reports: store.listReports().map(({ text: _text, ...r }) => r) }));
  app.get('/:id', (c) => {
    const report = store.getReport(c.req.param('id'));
    if (!report) throw new HttpError(404, 'E_NOT_FOUND', `no report with id ${JSON.stringify(c.req.param('id'))}`);
    const events = store.events({ reportId: report.id, limit: 100_000 });
    return c.json({ report, spans: events.map((e) => ({ eventId: e.id, type: e.type, side: e.actor.side, span: e.span })) });
  });
  app.post('/', async (c) => {
    if (!opts.ingestToken) throw new HttpError(403, 'E_READ_ONLY', 'this server is read-only: start it with FRONTWATCH_INGEST_TOKEN set to accept reports');
    if (c.req.header('authorization') !== `Bearer ${opts.ingestToken}`) throw new HttpError(401, 'E_TOKEN', 'missing or wrong bearer token');
    const body = Buffer.from(await c.req.arrayBuffer());
    if (body.length > MAX_POST_BYTES) throw new HttpError(413, 'E_TOO_LARGE', `report over ${MAX_POST_BYTES / 1024 / 1024} MB`);
    const name = c.req.query('name') ?? 'posted.txt';
    if (!/^[\w.-]{1,120}$/.test(name)) throw new HttpError(400, 'E_BAD_PARAM', 'parameter "name": a file name such as report-17.txt');
    const results = [];
    for (const item of parseReportFile(body, name)) {
      if (!item.ok) throw new HttpError(422, item.error.code, item.error.message);
      const done = processReport(item.report, { store, geocoder: opts.geocoder });
      if (done.kind === 'report') results.push({ id: done.report.id, outcome: done.outcome, events: done.events.length, claims: done.claims.length });
    }
    return c.json({ reports: results }, 201);
  });
  return app;
}
