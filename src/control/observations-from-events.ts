import type { ControlObservation, EventRecord, Side } from '../model/index.ts';
import { isFactual } from '../model/index.ts';

/** What `observationsFromEvents` returns: the observations, and how many events it could not place on the map. */
export interface ObservationsFromEvents {
  observations: ControlObservation[];
  /** Factual capture/withdrawal events left out: no date (or only an offset), no coordinates, or no side. */
  skipped: number;
}

/**
 * Factual (asserted / reported_earlier) capture and withdrawal events with a date and coordinates,
 * as control observations. Other types and modalities are not control evidence and are ignored
 * (not counted as skipped).
 *
 * - capture by side X: the place is X's from the event's date;
 * - withdrawal by X: the place is the opponent's when the opponent's side is known (and not X),
 *   else it is `unknown` from then on — no longer X's, taker not known. The map treats such a
 *   position as evidence of "nobody known holds it": its cells stay unknown and are never filled.
 *
 * The date is the day the place is known to have changed hands: `date_end` for a range or a month
 * (by then it had happened), else `date`. `id` is the store id (it goes into `eventIds`).
 *
 * @example
 * observationsFromEvents([captureOfArak]).observations[0];
 * // { name: 'Arak', lat: 34.65, lon: 38.56, side: 'government', date: '2017-05-19', origin: 'event', … }
 */
export function observationsFromEvents(events: ReadonlyArray<EventRecord & { id?: string }>): ObservationsFromEvents {
  const observations: ControlObservation[] = [];
  let skipped = 0;
  for (const event of events) {
    if (event.type !== 'capture' && event.type !== 'withdrawal') continue;
    if (!isFactual(event.modality)) continue;
    const place = event.place;
    const date = event.date_precision === 'day' ? event.date : (event.date_end ?? event.date);
    const side = sideAfter(event);
    if (!place || place.lat === null || place.lon === null || !date || side === null) {
      skipped++;
      continue;
    }
    const observation: ControlObservation = {
      name: place.canonical ?? place.name,
      lat: place.lat,
      lon: place.lon,
      side,
      date,
      origin: 'event',
      reportIds: [event.report_id],
    };
    if (place.gazetteer_id) observation.placeId = place.gazetteer_id;
    if (event.id) observation.eventIds = [event.id];
    observations.push(observation);
  }
  return { observations, skipped };
}

/** Who holds the place after the event; null when the event says nothing usable (a capture by an unknown side). */
function sideAfter(event: EventRecord): Side | null {
  const actor = event.actor.side;
  if (event.type === 'capture') return actor === 'unknown' ? null : actor;
  const opponent = event.opponent?.side;
  if (opponent && opponent !== 'unknown' && opponent !== actor) return opponent;
  return 'unknown';
}
