import type { ClaimRecord, EventRecord, Geocoder, Report } from '../model/index.ts';
import { extractReport } from '../extract/index.ts';
import { readReports, type IngestError } from '../ingest/index.ts';
import type { SaveOutcome, Store } from '../store/store.ts';

/** What happened to one input item: stored, skipped as a duplicate, or failed with a reason. */
export type ProcessedItem =
  | { kind: 'report'; report: Report; events: EventRecord[]; claims: ClaimRecord[]; notes: string[]; outcome: SaveOutcome | 'extracted' }
  | { kind: 'error'; error: IngestError };

export interface ProcessOptions {
  geocoder?: Geocoder;
  /** When given, every report is saved (one transaction each); otherwise extraction only. */
  store?: Store;
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
}

/**
 * Reads the inputs, extracts each report and (with a store) saves it: the one loop behind
 * `frontwatch extract`, `frontwatch ingest`, the demo and `POST /api/reports`.
 * Errors are yielded, never thrown, so one bad file never stops the others.
 */
export async function* processReports(inputs: string[], opts: ProcessOptions = {}): AsyncGenerator<ProcessedItem> {
  for await (const item of readReports(inputs, { maxBytes: opts.maxBytes, stdin: opts.stdin })) {
    if (!item.ok) {
      yield { kind: 'error', error: item.error };
      continue;
    }
    yield processReport(item.report, opts);
  }
}

/** Extracts one already-read report and saves it when a store is given. */
export function processReport(report: Report, opts: Pick<ProcessOptions, 'geocoder' | 'store'>): ProcessedItem {
  const { events, claims, notes } = extractReport(report, { geocoder: opts.geocoder });
  const outcome = opts.store ? opts.store.saveReport(report, events, claims) : 'extracted';
  return { kind: 'report', report, events, claims, notes, outcome };
}
