import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSyriaGazetteer } from '../src/geo/index.ts';
import { Situation } from '../src/pipeline/situation.ts';
import { createFullApp, startServer } from '../src/server/serve.ts';
import type { Store } from '../src/store/store.ts';
import { FIXTURE_REPORTS, storeWith } from './helpers.ts';

let store: Store;
let app: Awaited<ReturnType<typeof createFullApp>>;
const TOKEN = 'test-token-123';

beforeAll(async () => {
  store = await storeWith([join(FIXTURE_REPORTS, 'palmyra-wire.txt'), join(FIXTURE_REPORTS, 'raqqa-monitor.txt')]);
  app = await createFullApp({ store, situation: new Situation(store), gazetteer: loadSyriaGazetteer(), ingestToken: TOKEN });
});
afterAll(() => store.close());

const get = async (path: string): Promise<{ status: number; body: any }> => {
  const res = await app.request(path);
  return { status: res.status, body: await res.json() };
};

describe('HTTP API', () => {
  it('lists events with filters and returns GeoJSON on request', async () => {
    const all = await get('/api/events');
    expect(all.status).toBe(200);
    expect(all.body.count).toBeGreaterThan(0);
    const sdf = await get('/api/events?side=sdf');
    expect(sdf.body.events.every((e: any) => e.actor.side === 'sdf')).toBe(true);
    const geo = await get('/api/events?format=geojson&bbox=37,34,39.5,35');
    expect(geo.body.type).toBe('FeatureCollection');
    for (const f of geo.body.features) {
      const [lon, lat] = f.geometry.coordinates;
      expect(lon).toBeGreaterThanOrEqual(37);
      expect(lat).toBeLessThanOrEqual(35);
    }
  });

  it('answers bad parameters with a 400 that names the parameter', async () => {
    for (const [query, word] of [['since=2017-02-30', 'since'], ['bbox=40,30,30,40', 'bbox'], ['side=martians', 'side'], ['nonsense=1', 'nonsense'],
    ['cursor=not-a-cursor', 'cursor'], ['limit=0', 'limit'], ['order=up', 'order'], ['view=everything', 'view']]) {
      const r = await get(`/api/events?${query}`);
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('E_BAD_PARAM');
      expect(r.body.error.message).toContain(word);
    }
    expect((await get('/api/control')).status).toBe(400);
    expect((await get('/api/events/does-not-exist')).status).toBe(404);
  });

  it('lists event summaries by default, full records with view=full, the whole record at /api/events/{id}', async () => {
    const summaries = (await get('/api/events')).body.events;
    const full = (await get('/api/events?view=full')).body.events;
    expect(summaries.map((e: any) => e.id)).toEqual(full.map((e: any) => e.id));
    expect(Object.keys(summaries[0]).sort()).toEqual(['actor', 'date', 'date_end', 'id', 'modality', 'place', 'report_id', 'subtype', 'type', 'updated_at']);
    expect(full[0].quote).toEqual(expect.any(String));
    expect((await get(`/api/events/${summaries[0].id}`)).body.event).toEqual(full[0]);
  });

  it('pages through events over HTTP: next links (and Link headers) visit every event once, oldest or newest first', async () => {
    const { server, url } = await startServer({ store, situation: new Situation(store), gazetteer: loadSyriaGazetteer(), port: 0 });
    try {
      for (const [order, descending] of [['asc', false], ['desc', true]] as const) {
        for (const format of ['json', 'geojson']) {
          const ids: string[] = [];
          let next: string | null = `/api/events?order=${order}&format=${format}&limit=1`;
          while (next) {
            const res = await fetch(new URL(next, url));
            const body = (await res.json()) as { events?: Array<{ id: string }>; features?: Array<{ id: string }>; next: string | null };
            ids.push(...(body.events ?? body.features ?? []).map((e) => e.id));
            expect(res.headers.get('link')).toBe(body.next ? `<${body.next}>; rel="next"` : null);
            next = body.next;
          }
          const expected = store.events({ descending }).filter((e) => format === 'json' || e.place?.lat != null).map((e) => e.id);
          expect(expected.length).toBeGreaterThan(2);
          expect(ids).toEqual(expected);
        }
      }
    } finally {
      server.close();
    }
  });

  it('gives one event with its sources, and a report with the spans of its events', async () => {
    const { body } = await get('/api/events?report=palmyra-wire&view=full');
    const event = body.events[0];
    const one = await get(`/api/events/${event.id}`);
    expect(one.body.event.id).toBe(event.id);
    expect(one.body.sources[0].source).toBe('Example Wire');
    expect(one.body.sources[0].quote).toBe(event.quote);
    const report = await get('/api/reports/palmyra-wire');
    const text: string = report.body.report.text;
    for (const s of report.body.spans) expect(text.slice(s.span[0], s.span[1]).length).toBeGreaterThan(0);
    expect(report.body.spans.map((s: any) => s.eventId)).toContain(event.id);
  });

  it('keeps event ids stable and lets clients pull only what changed', async () => {
    const before = (await get('/api/events')).body.events.map((e: any) => e.id).sort();
    const again = await storeWith([join(FIXTURE_REPORTS, 'palmyra-wire.txt'), join(FIXTURE_REPORTS, 'raqqa-monitor.txt')]);
    const ids = again.events().map((e) => e.id).sort();
    again.close();
    expect(ids).toEqual(before);
    const future = await get('/api/events?updated_since=2999-01-01T00:00:00Z');
    expect(future.body.count).toBe(0);
  });

  it('accepts reports over HTTP only with the token', async () => {
    const text = readFileSync(join(FIXTURE_REPORTS, 'hostile.txt'));
    const anonymous = await app.request('/api/reports?name=hostile.txt', { method: 'POST', body: text });
    expect(anonymous.status).toBe(401);
    const posted = await app.request('/api/reports?name=hostile.txt', { method: 'POST', body: text, headers: { authorization: `Bearer ${TOKEN}` } });
    expect(posted.status).toBe(201);
    expect((await posted.json()).reports[0].id).toBe('hostile');
    expect((await get('/api/reports/hostile')).status).toBe(200);
  });

  it('is read-only without a token', async () => {
    const readOnly = await createFullApp({ store, situation: new Situation(store), gazetteer: loadSyriaGazetteer() });
    const res = await readOnly.request('/api/reports?name=x.txt', { method: 'POST', body: 'text' });
    expect(res.status).toBe(403);
  });

  it('serves an OpenAPI document naming every endpoint, the page and its assets', async () => {
    const doc = await get('/api/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(expect.arrayContaining(['/api/events', '/api/events/{id}', '/api/reports/{id}', '/api/control', '/api/pockets', '/api/encirclements', '/api/claims', '/api/places']));
    const page = await app.request('/');
    expect(await page.text()).toContain('<div id="map"');
    expect((await app.request('/app.js')).status).toBe(200);
    expect((await app.request('/vendor/maplibre-gl.mjs')).status).toBe(200);
    expect((await app.request('/vendor/..%2F..%2Fpackage.json')).status).toBe(404);
  });

  it('gives control for drawing (view=map): the same features, areas without evidence lists, outlines rounded', async () => {
    const full = (await get('/api/control?date=2017-06-10')).body;
    const map = (await get('/api/control?date=2017-06-10&view=map')).body;
    expect(map.features.map((f: any) => f.properties.kind)).toEqual(full.features.map((f: any) => f.properties.kind));
    const areas = map.features.filter((f: any) => f.properties.kind === 'area');
    expect(areas.length).toBeGreaterThan(0);
    for (const f of areas) expect(Object.keys(f.properties).sort()).toEqual(['area_km2', 'kind', 'side']);
    for (const n of JSON.stringify(areas.map((f: any) => f.geometry)).match(/\d+\.\d+/g) ?? []) expect(n.split('.')[1]!.length).toBeLessThanOrEqual(5);
    expect((await get('/api/control?date=2017-06-10&view=tiny')).status).toBe(400);
  });

  it('serves the base map cut to the region around Syria', async () => {
    const countries = (await get('/api/basemap/countries')).body;
    expect(countries.features.length).toBeGreaterThan(3);
    const coords: number[][] = JSON.stringify(countries).match(/\[-?\d+(\.\d+)?,-?\d+(\.\d+)?\]/g)!.map((p: string) => JSON.parse(p));
    expect(coords.every(([lon, lat]) => lon! >= 30 && lon! <= 46 && lat! >= 28 && lat! <= 40)).toBe(true);
  });

  it('searches places across transliterations', async () => {
    const r = await get('/api/places?q=Tadmur');
    expect(r.status).toBe(200);
    expect(r.body.candidates.length).toBeGreaterThan(0);
  });
});
