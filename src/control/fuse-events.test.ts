import { describe, expect, it } from 'vitest';
import { fuseEvents, type FusableEvent } from './fuse-events.ts';

let counter = 0;
function event(overrides: Partial<FusableEvent> = {}): FusableEvent {
  counter++;
  return {
    id: `e${counter}`,
    source: `outlet${counter}`,
    report_id: `r${counter}`,
    type: 'capture',
    subtype: null,
    acled_event_type: 'Battles',
    acled_sub_event_type: 'Government regains territory',
    actor: { name: 'the regime forces', side: 'government' },
    allies: [],
    opponent: { name: 'ISIS', side: 'isis' },
    place: { name: 'al-Hail oilfield', canonical: 'Al Hail', gazetteer_id: 'g-hail', lat: 34.9, lon: 38.9, precision: 'exact', admin1: 'Homs' },
    date: '2017-06-08',
    date_end: null,
    date_precision: 'day',
    date_basis: 'relative',
    date_offset_days: null,
    modality: 'asserted',
    confidence: 0.9,
    rule: 'capture-of-place',
    quote: 'the regime forces took al-Hail',
    span: [0, 30],
    ...overrides,
  };
}

describe('fuseEvents', () => {
  it('fuses the capture of al-Hail told "yesterday", "3 days ago" and "days ago" by three outlets', () => {
    const yesterday = event({ quote: 'took al-Hail yesterday' });
    const threeDaysAgo = event({ quote: 'took al-Hail 3 days ago', place: { name: 'Hail field', canonical: null, gazetteer_id: 'g-hail', lat: null, lon: null, precision: 'near', admin1: null } });
    const daysAgo = event({ quote: 'took al-Hail days ago', date: '2017-06-05', date_end: '2017-06-08', date_precision: 'range', modality: 'reported_earlier' });
    const fused = fuseEvents([yesterday, threeDaysAgo, daysAgo]);
    expect(fused).toHaveLength(1);
    expect(fused[0]).toMatchObject({ type: 'capture', side: 'government', date: '2017-06-08', corroboration: 3, conflict: null });
    expect(fused[0]?.place?.lat).toBe(34.9);
    expect(fused[0]?.sources.map((s) => s.quote)).toEqual(['took al-Hail yesterday', 'took al-Hail 3 days ago', 'took al-Hail days ago']);
  });

  it('lets an offset-only report join, counts one outlet once, and matches places by normalised name', () => {
    const place = { name: 'al-Sukhnah', canonical: null, gazetteer_id: null, lat: 34.88, lon: 38.87, precision: 'exact' as const, admin1: null };
    const a = event({ place, source: 'SANA' });
    const b = event({ place: { ...place, name: 'Sukhnah city' }, source: 'SANA', date: '2017-06-09' });
    const c = event({ place, date: null, date_offset_days: -3, source: null, report_id: 'rx' });
    const fused = fuseEvents([a, b, c]);
    expect(fused).toHaveLength(1);
    expect(fused[0]?.corroboration).toBe(2);
    expect(fused[0]?.sources).toHaveLength(3);
  });

  it('keeps reports whose dates disagree apart, and flags both', () => {
    const fused = fuseEvents([event({ date: '2017-06-01' }), event({ date: '2017-06-05' })]);
    expect(fused).toHaveLength(2);
    expect(fused[0]?.conflict).toMatch(/disagree on the date: 2017-06-01 vs 2017-06-05/);
    expect(fused[1]?.conflict).toContain(fused[0]?.id);
  });

  it('treats captures of one place months apart as two events, not a conflict', () => {
    const fused = fuseEvents([event({ date: '2017-03-01' }), event({ date: '2017-09-01' })]);
    expect(fused.map((f) => f.conflict)).toEqual([null, null]);
  });

  it('flags opposite outcomes on the same date and never merges them', () => {
    const byGovernment = event();
    const byIsis = event({ actor: { name: 'ISIS', side: 'isis' }, opponent: null });
    const repelled = event({ type: 'attack', subtype: 'attack repelled', actor: { name: 'ISIS', side: 'isis' } });
    const withdrew = event({ type: 'withdrawal', date: '2017-06-08' });
    const fused = fuseEvents([byGovernment, byIsis, repelled, withdrew]);
    expect(fused).toHaveLength(4);
    expect(fused[0]?.conflict).toMatch(/captured by government vs by isis/);
    expect(fused[0]?.conflict).toMatch(/still held by isis/);
    expect(fused[0]?.conflict).toMatch(/government captured it vs withdrew from it/);
  });

  it('agrees with a withdrawal by the other side, and does not fuse different types, places or modalities', () => {
    const isisLeft = event({ type: 'withdrawal', actor: { name: 'ISIS', side: 'isis' } });
    const elsewhere = event({ place: { name: 'Arak', canonical: 'Arak', gazetteer_id: 'g-arak', lat: 34.65, lon: 38.56, precision: 'exact', admin1: null } });
    const hypothetical = event({ modality: 'hypothetical' });
    const fused = fuseEvents([event(), isisLeft, elsewhere, hypothetical, event({ place: null })]);
    expect(fused).toHaveLength(5);
    expect(fused.every((f) => f.conflict === null)).toBe(true);
  });

  it('does not modify its input', () => {
    const events = [event(), event({ date: '2017-06-03' })];
    const copy = structuredClone(events);
    fuseEvents(events);
    expect(events).toEqual(copy);
  });
});
