import type { EventRecord, GeocodeResult, Geocoder, PlaceQuery, Report } from '../model/index.ts';
import { extractReport, type ExtractOptions } from './index.ts';

/** A report around a body, for tests: the publication date is the reference (never today's date). */
export function reportOf(text: string, published: string | null = '2017-06-15', id = 'test'): Report {
  return { id, text, published, source: null, url: null, title: null, note: null, contentHash: '', format: 'text', origin: '-', warnings: [] };
}

/** Events of one body, as short `type/side@place/modality` strings that read well in assertions. */
export function brief(text: string, published: string | null = '2017-06-15', opts: ExtractOptions = {}): string[] {
  return extractReport(reportOf(text, published), opts).events.map(
    (e: EventRecord) => `${e.type}/${e.actor.side}@${e.place?.name ?? '-'}/${e.modality}`,
  );
}

/** A tiny geocoder over a fixed table, recording the queries it was asked. */
export function tableGeocoder(rows: Record<string, { lat: number; lon: number; admin1: string }>): Geocoder & { queries: PlaceQuery[] } {
  const queries: PlaceQuery[] = [];
  return {
    queries,
    geocode(q: PlaceQuery): GeocodeResult | null {
      queries.push(q);
      const row = rows[q.name];
      if (!row) return null;
      return {
        place: { id: `test:${q.name}`, name: q.name, altNames: [], kind: 'town', lat: row.lat, lon: row.lon, admin1: row.admin1, population: null, source: 'user' },
        lat: row.lat, lon: row.lon, precision: q.relation ? 'near' : 'exact', admin1: row.admin1, why: 'test table', score: 1,
      };
    },
  };
}
