import type { ControlObservation } from '../model/index.ts';
import { assertDay } from './dates.ts';
import { placeKeys } from './place-key.ts';

/**
 * Each place's timeline, keyed as `placeKeys` explains, oldest first: later evidence overrides
 * earlier. Observations of one place on one day for one side become one (their event and report
 * ids united); for one place on one day with different sides, the later one in input order wins.
 * Places appear in the order the input first mentions them. The input is not modified.
 *
 * @example
 * const t = placeTimelines([
 *   { name: 'Arak', lat: 34.65, lon: 38.56, side: 'isis', date: '2017-05-01', origin: 'baseline' },
 *   { name: 'Arak', lat: 34.65, lon: 38.56, side: 'government', date: '2017-06-01', origin: 'event' },
 * ]);
 * t.get('name:arak')?.map((o) => o.side); // ['isis', 'government']
 */
export function placeTimelines(obs: readonly ControlObservation[]): Map<string, ControlObservation[]> {
  return new Map([...sharedTimelines(obs)].map(([key, timeline]) => [key, [...timeline]] as const));
}

/** Timelines already built, per observation array (with the length it had then). */
const timelineCache = new WeakMap<readonly ControlObservation[], { length: number; timelines: Map<string, ControlObservation[]> }>();

/**
 * `placeTimelines`, built once per observation array and shared: a server or a benchmark asks
 * for many dates of the same evidence. Arrays are values here (the project never mutates its
 * inputs); an array that grew is rebuilt. The result is read-only.
 *
 * @example
 * sharedTimelines(observations) === sharedTimelines(observations); // true
 */
export function sharedTimelines(obs: readonly ControlObservation[]): ReadonlyMap<string, readonly ControlObservation[]> {
  const cached = timelineCache.get(obs);
  if (cached && cached.length === obs.length) return cached.timelines;
  const timelines = buildTimelines(obs);
  timelineCache.set(obs, { length: obs.length, timelines });
  return timelines;
}

function buildTimelines(obs: readonly ControlObservation[]): Map<string, ControlObservation[]> {
  const keys = placeKeys(obs);
  const byPlace = new Map<string, ControlObservation[]>();
  obs.forEach((o, i) => {
    assertDay(o.date, `observation "${o.name}" date`);
    const key = keys[i] ?? '';
    const list = byPlace.get(key);
    if (list) list.push(o);
    else byPlace.set(key, [o]);
  });
  for (const [key, list] of byPlace) if (list.length > 1) byPlace.set(key, mergeSameDay(list));
  return byPlace;
}

/** Sorts by date (stable: input order breaks ties) and unites same-day, same-side observations. */
function mergeSameDay(list: ControlObservation[]): ControlObservation[] {
  const sorted = [...list].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const merged: ControlObservation[] = [];
  for (const o of sorted) {
    const last = merged[merged.length - 1];
    if (last && last.date === o.date && last.side === o.side) {
      merged[merged.length - 1] = {
        ...last,
        eventIds: union(last.eventIds, o.eventIds),
        reportIds: union(last.reportIds, o.reportIds),
      };
    } else if (last && last.date === o.date) {
      merged[merged.length - 1] = o;
    } else {
      merged.push(o);
    }
  }
  return merged;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a && !b) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/**
 * The observation in force on `date` in one timeline (the latest on or before it), or undefined.
 *
 * @example
 * inForce(timeline, '2017-06-15');
 */
export function inForce(timeline: readonly ControlObservation[], date: string): ControlObservation | undefined {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeline[mid]?.date ?? '') <= date) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : timeline[lo - 1];
}

/**
 * The positions in force on `date`: per place, the latest observation on or before it.
 *
 * @example
 * positionsAt(observations, '2017-06-15').filter((p) => p.side === 'isis');
 */
export function positionsAt(obs: readonly ControlObservation[], date: string): ControlObservation[] {
  assertDay(date, 'date');
  const positions: ControlObservation[] = [];
  for (const timeline of sharedTimelines(obs).values()) {
    const current = inForce(timeline, date);
    if (current) positions.push(current);
  }
  return positions;
}
