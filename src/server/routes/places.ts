import { Hono } from 'hono';
import { searchPlaces, type Gazetteer } from '../../geo/index.ts';
import { parseQuery, placeQuerySchema } from '../params.ts';

/** GET /api/places?q=NAME: gazetteer candidates with scores and why they matched. */
export function placeRoutes(gazetteer: Gazetteer): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    const q = parseQuery(placeQuerySchema, c.req.query());
    return c.json({ candidates: searchPlaces(gazetteer, q.q, { limit: q.limit ?? 10 }) });
  });
  return app;
}
