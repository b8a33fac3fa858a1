import type { EventRecord, EventType, Modality, PlaceRef, Side } from '../model/index.ts';
import { isFactual } from '../model/index.ts';
import { addDays, daysBetween } from './dates.ts';
import { normalisePlaceName } from './place-key.ts';

/** An event as fusion reads it: a record with its store id and, when known, the outlet that published it. */
export type FusableEvent = EventRecord & { id: string; source?: string | null };

/** One source of a fused event. */
export interface FusedSource {
  eventId: string;
  reportId: string;
  source: string | null;
  quote: string;
  date: string | null;
  modality: Modality;
}

/** One real-world event, with every report that told of it. */
export interface FusedEvent {
  /** `fused:` + the smallest event id among its sources: stable while those sources are. */
  id: string;
  type: EventType;
  /** The first source's subtype (what an `other` is, or "attack repelled"). */
  subtype: string | null;
  side: Side;
  /** The most precisely located source's place. */
  place: PlaceRef | null;
  /** The day the dated sources agree on (the most reported day, earliest on a tie), or null when none is dated. */
  date: string | null;
  sources: FusedSource[];
  /** Distinct outlets (or reports, where the outlet is unknown) that tell of it. */
  corroboration: number;
  /** Why the sources of this event and another one disagree (naming the other), or null. */
  conflict: string | null;
}

/** Dated reports of one event may differ by this many days (a night action, reporting lag). */
export const SAME_EVENT_DAYS = 1;
/** An offset-only report ("3 days ago", publication unknown) joins a dated one when it is at most this old. */
export const UNDATED_OFFSET_DAYS = 7;
/** Two groups of reports of one place, type and side closer than this, but not the same day, disagree on the date; further apart they are two events (a place can change hands twice). */
export const CONFLICT_WINDOW_DAYS = 7;

/**
 * Fuses reports of one real-world event: same type, same side, same place (gazetteer id, else
 * normalised name), same modality class (factual vs intended vs hypothetical), and compatible dates
 * — within a day of each other, overlapping ranges, or an undated / offset-only report (offset at
 * most 7 days) joining the dated ones. Reports that disagree are never merged: groups of one place
 * whose dates differ by 2–7 days, and opposite outcomes on compatible dates (captured by A vs
 * captured by B; captured by A vs A withdrew), are kept apart and each flagged with `conflict`.
 * Events without a place are not fused. The input is not modified; output order follows the
 * first source of each fused event in the input.
 *
 * @example
 * const fused = fuseEvents([hailYesterday, hail3DaysAgo, hailDaysAgo]);
 * fused.length;              // 1
 * fused[0]?.corroboration;   // 3 (three outlets)
 */
export function fuseEvents(events: FusableEvent[]): FusedEvent[] {
  const groups = new Map<string, FusableEvent[]>();
  const order: string[] = [];
  events.forEach((event, i) => {
    const key = groupKey(event) ?? `alone:${i}`;
    const group = groups.get(key);
    if (group) group.push(event);
    else {
      groups.set(key, [event]);
      order.push(key);
    }
  });
  // Sources and fused events follow the input's order.
  const inputIndex = new Map(events.map((e, i) => [e, i] as const));
  const byInput = (a: FusableEvent, b: FusableEvent): number => (inputIndex.get(a) ?? 0) - (inputIndex.get(b) ?? 0);
  const clustersInOrder = order
    .flatMap((key) => clusterByDate(groups.get(key) ?? []))
    .map((cluster) => [...cluster].sort(byInput))
    .sort((a, b) => (a[0] && b[0] ? byInput(a[0], b[0]) : 0));
  const fused = clustersInOrder.map(toFused);
  flagConflicts(fused, clustersInOrder);
  return fused;
}

function groupKey(event: FusableEvent): string | null {
  const place = placeKey(event.place);
  if (!place) return null;
  const modality = isFactual(event.modality) ? 'factual' : event.modality;
  return `${event.type}|${event.actor.side}|${place}|${modality}`;
}

function placeKey(place: PlaceRef | null): string | null {
  if (!place) return null;
  if (place.gazetteer_id) return `id:${place.gazetteer_id}`;
  const name = normalisePlaceName(place.canonical ?? place.name);
  return name ? `name:${name}` : null;
}

/** [start, end] of a dated event; null when undated. */
function interval(event: FusableEvent): [string, string] | null {
  if (!event.date) return null;
  return [event.date, event.date_end && event.date_end >= event.date ? event.date_end : event.date];
}

/** Splits one group into runs of mutually compatible dates; undated reports join the first run when they may. */
function clusterByDate(group: FusableEvent[]): FusableEvent[][] {
  const dated = group.filter((e) => e.date).sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  const undated = group.filter((e) => !e.date);
  const clusters: Array<{ events: FusableEvent[]; end: string }> = [];
  for (const event of dated) {
    const [start, end] = interval(event) ?? ['', ''];
    const last = clusters[clusters.length - 1];
    if (last && start <= addDays(last.end, SAME_EVENT_DAYS)) {
      last.events.push(event);
      if (end > last.end) last.end = end;
    } else {
      clusters.push({ events: [event], end });
    }
  }
  const runs = clusters.map((c) => c.events);
  const joinable = undated.filter((e) => e.date_offset_days === null || Math.abs(e.date_offset_days) <= UNDATED_OFFSET_DAYS);
  const alone = undated.filter((e) => !joinable.includes(e));
  // Undated reports cannot say which of several dated runs they tell of: they join only a single run.
  if (runs.length === 1) runs[0]?.push(...joinable);
  else if (joinable.length > 0) runs.push(joinable);
  return [...runs, ...alone.map((e) => [e])];
}

function toFused(cluster: FusableEvent[]): FusedEvent {
  const first = cluster[0];
  if (!first) throw new Error('[frontwatch] [control] empty fusion cluster');
  const ids = cluster.map((e) => e.id).sort();
  const outlets = new Set(cluster.map((e) => (e.source ? `source:${e.source}` : `report:${e.report_id}`)));
  return {
    id: `fused:${ids[0] ?? first.id}`,
    type: first.type,
    subtype: first.subtype,
    side: first.actor.side,
    place: bestPlace(cluster),
    date: agreedDay(cluster),
    sources: cluster.map((e) => ({ eventId: e.id, reportId: e.report_id, source: e.source ?? null, quote: e.quote, date: e.date, modality: e.modality })),
    corroboration: outlets.size,
    conflict: null,
  };
}

const PRECISION_RANK = { exact: 0, near: 1, district: 2, province: 3, country: 4 } as const;

function bestPlace(cluster: FusableEvent[]): PlaceRef | null {
  let best: PlaceRef | null = null;
  for (const { place } of cluster) {
    if (!place) continue;
    const located = place.lat !== null && place.lon !== null;
    const bestLocated = best !== null && best.lat !== null && best.lon !== null;
    if (!best || (located && !bestLocated) || (located === bestLocated && PRECISION_RANK[place.precision] < PRECISION_RANK[best.precision])) best = place;
  }
  return best;
}

function agreedDay(cluster: FusableEvent[]): string | null {
  const votes = new Map<string, number>();
  for (const e of cluster) if (e.date && (e.date_precision === 'day' || !e.date_end)) votes.set(e.date, (votes.get(e.date) ?? 0) + 1);
  if (votes.size === 0) {
    const starts = cluster.flatMap((e) => (e.date ? [e.date] : [])).sort();
    return starts[0] ?? null;
  }
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** Marks fused events of one place whose sources disagree on the date or the outcome. */
function flagConflicts(fused: FusedEvent[], clusters: FusableEvent[][]): void {
  const byPlace = new Map<string, number[]>();
  clusters.forEach((cluster, i) => {
    const key = placeKey(fused[i]?.place ?? null);
    const factual = cluster.some((e) => isFactual(e.modality));
    if (!key || !factual) return;
    byPlace.set(key, [...(byPlace.get(key) ?? []), i]);
  });
  for (const indexes of byPlace.values()) {
    for (const i of indexes) {
      for (const j of indexes) {
        if (i >= j) continue;
        const a = fused[i];
        const b = fused[j];
        if (!a || !b) continue;
        const reason = disagreement(a, b);
        if (!reason) continue;
        a.conflict = join(a.conflict, `${reason} (${b.id})`);
        b.conflict = join(b.conflict, `${reason} (${a.id})`);
      }
    }
  }
}

function disagreement(a: FusedEvent, b: FusedEvent): string | null {
  const gap = a.date && b.date ? Math.abs(daysBetween(a.date, b.date)) : null;
  const sameStory = a.type === b.type && a.side === b.side;
  if (sameStory) {
    if (gap !== null && gap > SAME_EVENT_DAYS && gap <= CONFLICT_WINDOW_DAYS) return `reports disagree on the date: ${a.date} vs ${b.date}`;
    return null;
  }
  // Undated reports of a place's fate cannot contradict dated ones: no date to compare.
  if (gap === null || gap > SAME_EVENT_DAYS) return null;
  if (a.type === 'capture' && b.type === 'capture') return `opposite outcomes: captured by ${a.side} vs by ${b.side} on ${a.date}`;
  const pair = [a, b].sort((x, y) => (x.type < y.type ? -1 : 1));
  const [capture, withdrawal] = pair;
  if (capture?.type === 'capture' && withdrawal?.type === 'withdrawal' && capture.side === withdrawal.side) {
    return `opposite outcomes: ${capture.side} captured it vs withdrew from it on ${capture.date}`;
  }
  const [taker, holder] = a.type === 'capture' ? [a, b] : [b, a];
  if (taker.type === 'capture' && holder.type !== 'capture' && holder.side !== taker.side && heldOn(holder)) {
    return `opposite outcomes: captured by ${taker.side} vs still held by ${holder.side} on ${taker.date}`;
  }
  return null;
}

/** Subtypes that say the actor kept the place ("attack repelled", "still held"). */
const HELD = /repel|still held|holds|retain|kept/i;

function heldOn(event: FusedEvent): boolean {
  return event.sources.length > 0 && HELD.test(event.subtype ?? '');
}

function join(existing: string | null, reason: string): string {
  return existing ? `${existing}; ${reason}` : reason;
}
