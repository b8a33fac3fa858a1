import type { EventRecord } from '../../model/index.ts';
import { csvHeader, csvRow } from './csv.ts';
import { eventsToGeoJSON } from './geojson.ts';
import { renderTable } from './table.ts';

export const EVENT_FORMATS = ['jsonl', 'csv', 'geojson', 'table'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

type Printable = EventRecord & { id?: string; source?: string | null };

/** Formats events for stdout in one of EVENT_FORMATS. */
export function formatEvents(events: Printable[], format: EventFormat): string {
  switch (format) {
    case 'jsonl':
      return events.map((e) => JSON.stringify(e)).join('\n') + (events.length ? '\n' : '');
    case 'csv':
      return [csvHeader(), ...events.map(csvRow)].join('\n') + '\n';
    case 'geojson': {
      const { skipped: _skipped, ...fc } = eventsToGeoJSON(events);
      return JSON.stringify(fc) + '\n';
    }
    case 'table':
      return renderTable(
        ['report', 'date', 'type', 'side', 'actor', 'place', 'prec', 'modality', 'rule'],
        events.map((e) => [
          e.report_id,
          e.date ?? (e.date_offset_days !== null ? `pub${e.date_offset_days >= 0 ? '+' : ''}${e.date_offset_days}d` : '?'),
          e.subtype ? `${e.type}/${e.subtype}` : e.type,
          e.actor.side,
          e.actor.name,
          e.place ? e.place.canonical ?? `${e.place.name} (?)` : '-',
          e.place?.precision ?? '',
          e.modality,
          e.rule,
        ]),
        32,
      ) + '\n';
  }
}
