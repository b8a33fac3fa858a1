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

/** Binds the app to host:port and resolves once it listens, with the URL. */
export async function startServer(opts: ServeOptions): Promise<{ url: string; server: ServerType }> {
  const app = await createFullApp(opts);
  const host = opts.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: host, port: opts.port }, (info) => resolve({ url: `http://${host}:${info.port}/`, server }));
    server.once('error', reject);
  });
}
