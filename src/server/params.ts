import { z } from 'zod';
import { EVENT_TYPES, SIDES } from '../model/index.ts';
import type { EventQuery } from '../store/store.ts';
import { HttpError } from './errors.ts';
import { decodeCursor } from './event-pages.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use YYYY-MM-DD').refine((v) => {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}, 'not a calendar day');

const bbox = z.string().transform((v, ctx) => {
  const n = v.split(',').map(Number);
  const [w, s, e, north] = n;
  if (n.length !== 4 || !n.every(Number.isFinite) || w! < -180 || e! > 180 || s! < -90 || north! > 90 || w! >= e! || s! >= north!) {
    ctx.addIssue({ code: 'custom', message: 'use west,south,east,north in degrees, west < east and south < north' });
    return z.NEVER;
  }
  return [w!, s!, e!, north!] as [number, number, number, number];
});

const int = (max: number) => z.coerce.number().int().min(0).max(max);

export const eventQuerySchema = z.strictObject({
  since: day.optional(),
  until: day.optional(),
  side: z.enum(SIDES).optional(),
  type: z.enum(EVENT_TYPES).optional(),
  bbox: bbox.optional(),
  place: z.string().min(1).max(200).optional(),
  source: z.string().min(1).max(200).optional(),
  report: z.string().min(1).max(200).optional(),
  factual: z.enum(['true', 'false']).optional(),
  fused: z.enum(['true', 'false']).optional(),
  updated_since: z.iso.datetime({ offset: true }).or(day).optional(),
  format: z.enum(['json', 'geojson']).optional(),
  view: z.enum(['summary', 'full']).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().min(1).max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(50_000).optional(),
  offset: int(10_000_000).optional(),
});

export const dateQuerySchema = z.strictObject({ date: day });
export const controlQuerySchema = z.strictObject({ date: day, view: z.enum(['full', 'map']).optional() });
export const rangeQuerySchema = z.strictObject({ from: day, to: day });
export const encirclementQuerySchema = z.strictObject({ date: day, side: z.enum(SIDES).optional(), top: z.coerce.number().int().min(1).max(100).optional() });
export const placeQuerySchema = z.strictObject({ q: z.string().min(1).max(200), limit: z.coerce.number().int().min(1).max(100).optional() });

/** Validates query parameters, turning the first problem into a 400 that names the parameter. */
export function parseQuery<T extends z.ZodType>(schema: T, query: Record<string, string>): z.infer<T> {
  const result = schema.safeParse(query);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const where = issue.path.length ? `parameter "${issue.path.join('.')}"` : 'query';
  const message = issue.code === 'unrecognized_keys' ? `unknown parameter(s): ${issue.keys.join(', ')}` : `${where}: ${issue.message}`;
  throw new HttpError(400, 'E_BAD_PARAM', message);
}

/** A page of events unless the client asks for more: small pages keep every response quick. */
export const DEFAULT_EVENTS_LIMIT = 100;

/** The store query an events request asks for. */
export function toEventQuery(q: z.infer<typeof eventQuerySchema>): EventQuery & { limit: number } {
  return {
    since: q.since,
    until: q.until,
    side: q.side,
    type: q.type,
    bbox: q.bbox,
    place: q.place,
    source: q.source,
    reportId: q.report,
    factualOnly: q.factual === 'true',
    updatedSince: q.updated_since,
    descending: q.order === 'desc',
    after: q.cursor === undefined ? undefined : decodeCursor(q.cursor),
    limit: q.limit ?? DEFAULT_EVENTS_LIMIT,
    offset: q.offset,
  };
}
