import { build } from 'esbuild';
import { Hono } from 'hono';
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../web');
const MAPLIBRE_DIR = dirname(createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.mjs'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

/** Bundles web/app.ts for the browser once; maplibre-gl stays an external module served from /vendor/. */
async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [join(WEB_DIR, 'app.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: false,
    plugins: [{
      name: 'maplibre-external',
      setup(b) {
        b.onResolve({ filter: /^maplibre-gl$/ }, () => ({ path: '/vendor/maplibre-gl.mjs', external: true }));
      },
    }],
  });
  return result.outputFiles[0]!.text;
}

function serveFile(root: string, rel: string): Response {
  const path = normalize(join(root, rel));
  if (!path.startsWith(root) || !existsSync(path)) return new Response('not found', { status: 404 });
  const ext = path.slice(path.lastIndexOf('.'));
  return new Response(readFileSync(path), { headers: { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'max-age=3600' } });
}

/**
 * The web page and its assets, all local (no CDN, no tile server): index.html, the bundled app,
 * the stylesheet, and MapLibre's ES modules (which load their worker from beside them).
 */
export async function webRoutes(): Promise<Hono> {
  const appJs = await bundleApp();
  const app = new Hono();
  const security = { 'content-security-policy': "default-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'" };
  app.get('/', () => new Response(readFileSync(join(WEB_DIR, 'index.html')), { headers: { 'content-type': TYPES['.html']!, ...security } }));
  app.get('/app.js', () => new Response(appJs, { headers: { 'content-type': TYPES['.js']! } }));
  app.get('/style.css', () => serveFile(WEB_DIR, 'style.css'));
  app.get('/favicon.ico', () => new Response(null, { status: 204 }));
  app.get('/vendor/:file', (c) => serveFile(MAPLIBRE_DIR, c.req.param('file')));
  return app;
}
