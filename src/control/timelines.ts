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
  const keys = placeKeys(obs);
  const byPlace = new Map<string, ControlObservation[]>();
  obs.forEach((o, i) => {
    assertDay(o.date, `observation "${o.name}" date`);
    const key = keys[i] ?? '';
    const list = byPlace.get(key);
    if (list) list.push(o);
    else byPlace.set(key, [o]);
  });
  for (const [key, list] of byPlace) byPlace.set(key, mergeSameDay(list));
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
  for (const timeline of placeTimelines(obs).values()) {
    const current = inForce(timeline, date);
    if (current) positions.push(current);
  }
  return positions;
}
