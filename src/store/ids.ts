import { createHash } from 'node:crypto';
import type { ClaimRecord, EventRecord } from '../model/index.ts';

/** Ids are the first 16 hex digits (64 bits) of a sha256: short enough to type, collisions negligible at our scale. */
const ID_LENGTH = 16;

function shortHash(parts: ReadonlyArray<string | number>): string {
  // JSON keeps the parts apart, so ("ab","c") and ("a","bc") never hash alike.
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, ID_LENGTH);
}

/**
 * Stable id of an event: the same extraction of the same report content gives the same id on
 * every run and on every machine. `occurrence` (0 for the first) tells apart events of one report
 * that agree on every hashed field; see `assignEventIds`.
 *
 * @example
 * eventId(report.contentHash, event) // → '3f9a0c1d2b4e5f60'
 */
export function eventId(reportContentHash: string, e: EventRecord, occurrence = 0): string {
  const parts = [reportContentHash, e.rule, e.span[0], e.span[1], e.type, e.place?.name ?? '', e.modality];
  return shortHash(occurrence === 0 ? parts : [...parts, occurrence]);
}

/**
 * Stable id of a numeric claim: report content hash + rule + span + kind + value + unit.
 *
 * @example
 * claimId(report.contentHash, claim) // → 'b71c0e9a44d2f803'
 */
export function claimId(reportContentHash: string, c: ClaimRecord, occurrence = 0): string {
  const parts = [reportContentHash, c.rule, c.span[0], c.span[1], c.kind, c.value, c.unit];
  return shortHash(occurrence === 0 ? parts : [...parts, occurrence]);
}

/**
 * Ids for all events of one report, in order. Two events that agree on every hashed field (one
 * sentence yielding the same event for two actors) get occurrence numbers 0, 1, … in list order,
 * so no event is lost and the ids stay stable as long as the extraction is deterministic.
 */
export function assignEventIds(reportContentHash: string, events: readonly EventRecord[]): string[] {
  return withOccurrences(events, (e, n) => eventId(reportContentHash, e, n));
}

/** Ids for all claims of one report, in order (same collision rule as `assignEventIds`). */
export function assignClaimIds(reportContentHash: string, claims: readonly ClaimRecord[]): string[] {
  return withOccurrences(claims, (c, n) => claimId(reportContentHash, c, n));
}

function withOccurrences<T>(items: readonly T[], idOf: (item: T, occurrence: number) => string): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const base = idOf(item, 0);
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return occurrence === 0 ? base : idOf(item, occurrence);
  });
}
