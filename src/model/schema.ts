import { z } from 'zod';
import { CLAIM_KINDS, CLAIM_QUALIFIERS, DATE_BASES, DATE_PRECISIONS, EVENT_TYPES, MODALITIES, PLACE_PRECISIONS, SIDES } from './vocabulary.ts';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const actor = z.strictObject({ name: z.string().min(1), side: z.enum(SIDES) });
const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]).refine(([a, b]) => a <= b, 'span start after end');

/** The event record contract (DESIGN.md) as a schema: every field present, values from the vocabulary. */
export const eventRecordSchema = z.strictObject({
  report_id: z.string().min(1),
  type: z.enum(EVENT_TYPES),
  subtype: z.string().nullable(),
  acled_event_type: z.string().min(1),
  acled_sub_event_type: z.string().min(1),
  actor,
  allies: z.array(actor),
  opponent: actor.nullable(),
  place: z.strictObject({
    name: z.string().min(1),
    canonical: z.string().nullable(),
    gazetteer_id: z.string().nullable(),
    lat: z.number().min(-90).max(90).nullable(),
    lon: z.number().min(-180).max(180).nullable(),
    precision: z.enum(PLACE_PRECISIONS),
    admin1: z.string().nullable(),
  }).nullable(),
  date: day.nullable(),
  date_end: day.nullable(),
  date_precision: z.enum(DATE_PRECISIONS),
  date_basis: z.enum(DATE_BASES),
  date_offset_days: z.number().int().nullable(),
  modality: z.enum(MODALITIES),
  confidence: z.number().min(0).max(1),
  rule: z.string().min(1),
  quote: z.string().min(1),
  span,
});

export const claimRecordSchema = z.strictObject({
  report_id: z.string().min(1),
  kind: z.enum(CLAIM_KINDS),
  value: z.number().finite(),
  unit: z.string().min(1),
  qualifier: z.enum(CLAIM_QUALIFIERS),
  about: z.string(),
  places: z.array(z.string()),
  date: day.nullable(),
  rule: z.string().min(1),
  quote: z.string().min(1),
  span,
});
