import { serve, type ServerType } from '@hono/node-server';
import type { Gazetteer } from '../geo/index.ts';
import { createGeocoder } from '../geo/index.ts';
import type { Situation } from '../pipeline/situation.ts';
import type { Store } from '../store/store.ts';
import { createApp } from './app.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { basemapRoutes } from './routes/basemap.ts';
import { placeRoutes } from './routes/places.ts';
import { webRoutes } from './web.ts';

export interface ServeOptions {
  store: Store;
  situation: Situation;
  gazetteer: Gazetteer;
  port: number;
  /** Only loopback by default: the store may hold unpublished material. */
  host?: string;
  ingestToken?: string;
}

/** The whole app: API, analysis, base map and the web page. */
export async function createFullApp(opts: Omit<ServeOptions, 'port' | 'host'>): Promise<ReturnType<typeof createApp>> {
  return createApp({
    store: opts.store,
    geocoder: createGeocoder(opts.gazetteer),
    ingestToken: opts.ingestToken,
    mounts: [
      { path: '/api', app: analysisRoutes(opts.store, opts.situation) },
      { path: '/api/places', app: placeRoutes(opts.gazetteer) },
      { path: '/api/basemap', app: basemapRoutes(opts.gazetteer) },
      { path: '/', app: await webRoutes() },
    ],
  });
}

/** Binds the app to host:port and resolves once it listens, with the URL; `warmedUp` settles once the last date is computed. */
export async function startServer(opts: ServeOptions): Promise<{ url: string; server: ServerType; warmedUp: Promise<void> }> {
  const app = await createFullApp(opts);
  const host = opts.host ?? '127.0.0.1';
  const started = await new Promise<{ url: string; server: ServerType }>((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port }, (info) => resolve({ url: `http://${host}:${info.port}/`, server }));
    server.once('error', reject);
  });
  const warmedUp = new Promise<void>((resolve) => setImmediate(resolve)).then(() => warmUp(app)).catch((e: unknown) => console.error('warm-up failed:', e));
  return { ...started, warmedUp };
}

/** The page opens on the last date: its control and analyses are computed before the first visitor asks. */
async function warmUp(app: ReturnType<typeof createApp>): Promise<void> {
  const { last } = (await (await app.request('/api/timeline')).json()) as { last: string | null };
  if (last === null) return;
  await app.request(`/api/control?date=${last}&view=map`);
  await app.request(`/api/analysis?date=${last}`);
}
