import { Hono } from 'hono';
import type { Geocoder } from '../model/index.ts';
import type { Store } from '../store/store.ts';
import { handleError, HttpError } from './errors.ts';
import { openApiDocument } from './openapi.ts';
import { eventRoutes } from './routes/events.ts';
import { reportRoutes } from './routes/reports.ts';

export interface AppOptions {
  store: Store;
  geocoder?: Geocoder;
  /** Bearer token that enables POST /api/reports; without it the API is read-only. */
  ingestToken?: string;
  /** Extra sub-apps mounted under /api (analysis, places, …) and at / (the web page). */
  mounts?: Array<{ path: string; app: Hono }>;
}

/**
 * The HTTP API as a Hono app: routes per resource, one error handler. Tests call `app.request()`;
 * `serve.ts` binds it to 127.0.0.1.
 */
export function createApp(opts: AppOptions): Hono {
  const app = new Hono();
  app.onError(handleError);
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  app.get('/api/health', (c) => c.json({ ok: true, ...opts.store.counts() }));
  app.route('/api/events', eventRoutes(opts.store));
  app.route('/api/reports', reportRoutes(opts.store, opts));
  for (const m of opts.mounts ?? []) app.route(m.path, m.app);
  app.notFound((c) => {
    if (c.req.path.startsWith('/api/')) return handleError(new HttpError(404, 'E_NOT_FOUND', `no such endpoint: ${c.req.path}`), c);
    return c.text('not found', 404);
  });
  return app;
}
