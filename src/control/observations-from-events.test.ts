import { describe, expect, it } from 'vitest';
import { observationsFromEvents } from './observations-from-events.ts';
import type { EventRecord } from '../model/index.ts';

function event(overrides: Partial<EventRecord> = {}): EventRecord & { id: string } {
  return {
    id: 'e1',
    report_id: 'r1',
    type: 'capture',
    subtype: null,
    acled_event_type: 'Battles',
    acled_sub_event_type: 'Government regains territory',
    actor: { name: 'the regime forces', side: 'government' },
    allies: [],
    opponent: { name: 'ISIS', side: 'isis' },
    place: { name: 'Arak', canonical: 'Arak', gazetteer_id: 'g-arak', lat: 34.65, lon: 38.56, precision: 'exact', admin1: 'Homs' },
    date: '2017-05-19',
    date_end: null,
    date_precision: 'day',
    date_basis: 'explicit',
    date_offset_days: null,
    modality: 'asserted',
    confidence: 0.9,
    rule: 'capture-of-place',
    quote: 'the regime forces took Arak',
    span: [0, 27],
    ...overrides,
  };
}

describe('observationsFromEvents', () => {
  it('turns a capture into the actor\'s side from the event date, with its ids', () => {
    const { observations, skipped } = observationsFromEvents([event()]);
    expect(skipped).toBe(0);
    expect(observations).toEqual([
      { name: 'Arak', lat: 34.65, lon: 38.56, side: 'government', date: '2017-05-19', origin: 'event', placeId: 'g-arak', eventIds: ['e1'], reportIds: ['r1'] },
    ]);
  });

  it('gives a withdrawal to the opponent when known, else makes the place unknown', () => {
    const withdrawal = event({ type: 'withdrawal', actor: { name: 'ISIS', side: 'isis' }, opponent: { name: 'the army', side: 'government' } });
    expect(observationsFromEvents([withdrawal]).observations[0]?.side).toBe('government');
    const alone = event({ type: 'withdrawal', actor: { name: 'ISIS', side: 'isis' }, opponent: null });
    expect(observationsFromEvents([alone]).observations[0]?.side).toBe('unknown');
  });

  it('uses the end of a range as the date the place is known to have changed hands', () => {
    const ranged = event({ date: '2017-05-10', date_end: '2017-05-14', date_precision: 'range' });
    expect(observationsFromEvents([ranged]).observations[0]?.date).toBe('2017-05-14');
  });

  it('ignores non-factual and non-control events, and counts the unplaceable ones', () => {
    const { observations, skipped } = observationsFromEvents([
      event({ modality: 'hypothetical' }),
      event({ type: 'airstrike' }),
      event({ date: null, date_offset_days: -3 }),
      event({ place: null }),
      event({ actor: { name: 'unknown gunmen', side: 'unknown' } }),
      event({ modality: 'reported_earlier', id: undefined } as Partial<EventRecord>),
    ]);
    expect(skipped).toBe(3);
    expect(observations).toHaveLength(1);
    expect(observations[0]?.eventIds).toBeUndefined();
  });

  it('does not modify the events', () => {
    const events = [event()];
    const copy = structuredClone(events);
    observationsFromEvents(events);
    expect(events).toEqual(copy);
  });
});
