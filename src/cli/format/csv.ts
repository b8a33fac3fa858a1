import type { EventRecord } from '../../model/index.ts';

/**
 * ACLED-style CSV. Columns that have an ACLED counterpart use ACLED's name, so the file loads into
 * the tools analysts already use; Frontwatch-only columns (modality, rule, …) come after them.
 */
export const CSV_COLUMNS = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'actor2', 'country', 'admin1', 'location', 'latitude', 'longitude',
  'geo_precision', 'source', 'notes', 'fw_type', 'fw_subtype', 'fw_side1', 'fw_side2', 'fw_modality',
  'fw_date_end', 'fw_date_basis', 'fw_date_offset_days', 'fw_confidence', 'fw_rule', 'fw_report_id', 'fw_span',
] as const;

/** ACLED time_precision: 1 = day, 2 = a week or a range, 3 = a month or less precise. */
const TIME_PRECISION = { day: 1, range: 2, month: 3, unknown: 3 } as const;
/** ACLED geo_precision: 1 = the named place, 2 = near it / part of a region, 3 = province or wider. */
const GEO_PRECISION = { exact: 1, near: 2, district: 2, province: 3, country: 3 } as const;

export interface CsvEvent extends EventRecord {
  id?: string;
  source?: string | null;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row for an event, in CSV_COLUMNS order. */
export function csvRow(e: CsvEvent): string {
  const values: Record<(typeof CSV_COLUMNS)[number], unknown> = {
    event_id_cnty: e.id ?? '',
    event_date: e.date,
    year: e.date?.slice(0, 4) ?? '',
    time_precision: TIME_PRECISION[e.date_precision],
    event_type: e.acled_event_type,
    sub_event_type: e.acled_sub_event_type,
    actor1: e.actor.name,
    assoc_actor_1: e.allies.map((a) => a.name).join('; '),
    actor2: e.opponent?.name ?? '',
    country: 'Syria',
    admin1: e.place?.admin1 ?? '',
    location: e.place?.canonical ?? e.place?.name ?? '',
    latitude: e.place?.lat ?? '',
    longitude: e.place?.lon ?? '',
    geo_precision: e.place ? GEO_PRECISION[e.place.precision] : '',
    source: e.source ?? '',
    notes: e.quote,
    fw_type: e.type,
    fw_subtype: e.subtype ?? '',
    fw_side1: e.actor.side,
    fw_side2: e.opponent?.side ?? '',
    fw_modality: e.modality,
    fw_date_end: e.date_end ?? '',
    fw_date_basis: e.date_basis,
    fw_date_offset_days: e.date_offset_days ?? '',
    fw_confidence: e.confidence,
    fw_rule: e.rule,
    fw_report_id: e.report_id,
    fw_span: e.span.join('-'),
  };
  return CSV_COLUMNS.map((c) => cell(values[c])).join(',');
}

export function csvHeader(): string {
  return CSV_COLUMNS.join(',');
}
