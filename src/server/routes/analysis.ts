import { Hono } from 'hono';
import type { Feature } from 'geojson';
import type { Encirclement } from '../../analysis/encirclements.ts';
import type { Pocket } from '../../analysis/pockets.ts';
import { EVENT_TYPES } from '../../model/index.ts';
import type { Situation } from '../../pipeline/situation.ts';
import type { Store } from '../../store/store.ts';
import { controlMapText } from '../control-view.ts';
import { controlQuerySchema, dateQuerySchema, encirclementQuerySchema, parseQuery } from '../params.ts';

const km = (n: number | null): string => (n === null ? 'n/a' : Math.round(n).toLocaleString('en'));

/** A pocket as the page draws it: its outline and a sentence with both area measures. */
function pocketView(p: Pocket): { summary: string; features: Feature[] } {
  const places = p.places.slice(0, 4).map((x) => x.name).join(', ');
  return {
    summary: `${p.side} pocket: ${km(p.area_km2)} km² held (painted), ${km(p.ring_area_km2)} km² inside the ring of ${p.surrounding_sides.join('/')} positions${places ? `; includes ${places}` : ''}${p.formed ? `; formed ${p.formed}` : ''}`,
    features: [{ type: 'Feature', geometry: p.geometry, properties: { kind: 'pocket', side: p.side, area_km2: p.area_km2 } }],
  };
}

/** A near-encirclement as the page draws it: the cut (labelled with its length) and the enclosed polygon. */
function encirclementView(e: Encirclement): { summary: string; features: Feature[] } {
  const [a, b] = e.ends;
  const features: Feature[] = [{ type: 'Feature', geometry: e.cut, properties: { kind: 'gap', label: `gap ${Math.round(e.gap_km)} km` } }];
  if (e.enclosed_geometry) features.push({ type: 'Feature', geometry: e.enclosed_geometry, properties: { kind: 'enclosed', area_km2: e.enclosed_area_km2 } });
  return {
    summary: `${e.side} nearly encircled: a ${Math.round(e.gap_km)} km gap between ${a.name} and ${b.name} (${e.encircling_sides.join('/')} positions) would enclose ${km(e.enclosed_area_km2)} km² inside the line of positions (${km(e.enclosed_painted_km2)} km² painted)`,
    features,
  };
}

/** GET /api/timeline, /api/control, /api/pockets, /api/encirclements, /api/analysis (the page's bundle of both), /api/claims */
export function analysisRoutes(store: Store, situation: Situation): Hono {
  const app = new Hono();
  // The evidence is fixed for the Situation's life: its first date, and each date's GeoJSON text, are computed once.
  let evidenceFirst: string | null | undefined;
  const controlText = new Map<string, string>();
  app.get('/timeline', (c) => {
    const extent = store.eventExtent();
    evidenceFirst ??= situation.dateRange().first;
    const dates = [extent.first, extent.last, evidenceFirst].filter((d): d is string => d !== null).sort();
    return c.json({
      first: dates[0] ?? null,
      last: dates[dates.length - 1] ?? null,
      sides: extent.sides,
      types: EVENT_TYPES.filter((t) => extent.types.includes(t)),
    });
  });
  app.get('/control', (c) => {
    const { date, view } = parseQuery(controlQuerySchema, c.req.query());
    const key = `${view ?? 'full'} ${date}`;
    let text = controlText.get(key);
    if (text === undefined) {
      const control = situation.control(date);
      text = view === 'map' ? controlMapText(control) : JSON.stringify(control);
      if (controlText.size >= 64) controlText.delete(controlText.keys().next().value!);
      controlText.set(key, text);
    }
    return c.body(text, 200, { 'content-type': 'application/json' });
  });
  app.get('/pockets', (c) => c.json({ pockets: situation.pockets(parseQuery(dateQuerySchema, c.req.query()).date) }));
  app.get('/encirclements', (c) => {
    const q = parseQuery(encirclementQuerySchema, c.req.query());
    return c.json({ encirclements: situation.encirclements(q.date, { side: q.side, top: q.top }) });
  });
  app.get('/analysis', (c) => {
    const { date } = parseQuery(dateQuerySchema, c.req.query());
    // The page's view: formed dates are left to /api/pockets (drawing ~40 earlier maps would hold the first map).
    return c.json({ pockets: situation.pockets(date, false).map(pocketView), encirclements: situation.encirclements(date, { top: 3 }).map(encirclementView) });
  });
  app.get('/claims', (c) => c.json({ claims: store.claims(c.req.query('report')) }));
  return app;
}
