import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/index.ts';
import { scoreEvents, type GoldDoc } from './score.ts';

function predicted(over: Partial<EventRecord>): EventRecord {
  return {
    report_id: 'r1', type: 'capture', subtype: null, acled_event_type: 'Battles', acled_sub_event_type: 'Government regains territory',
    actor: { name: 'the army', side: 'government' }, allies: [], opponent: { name: 'IS', side: 'isis' },
    place: { name: 'Tadmur', canonical: 'Palmyra', gazetteer_id: null, lat: 34.56, lon: 38.27, precision: 'exact', admin1: 'Homs' },
    date: '2017-03-02', date_end: null, date_precision: 'day', date_basis: 'explicit', date_offset_days: null,
    modality: 'asserted', confidence: 0.9, rule: 'test', quote: 'q', span: [0, 1], ...over,
  };
}

const gold: GoldDoc[] = [{
  report: 'r1', published: '2017-03-03',
  events: [
    { type: 'capture', side: 'government', place: 'Palmyra', place_norm: 'Palmyra', date: '2017-03-02', modality: 'asserted' },
    { type: 'shelling', side: 'isis', place: 'Homs', place_norm: 'Homs', date_offset_days: -1, modality: 'asserted' },
    { type: 'siege', side: 'government', place: 'Raqqa', place_norm: 'Raqqa', modality: 'hypothetical' },
  ],
}];

describe('scoreEvents', () => {
  it('counts matches by type, side and place name, and checks dates and coordinates', () => {
    const r = scoreEvents(gold, [predicted({}), predicted({ type: 'airstrike' })], { Palmyra: [34.55, 38.28] });
    expect(r.factual.tp).toBe(1);
    expect(r.factual.pred).toBe(2);
    expect(r.factual.gold).toBe(2);
    expect(r.dateAccuracy).toBe(1);
    expect(r.place.within5km).toBe(1);
    expect(r.misses).toHaveLength(1);
    expect(r.extras[0]).toContain('airstrike');
  });

  it('does not match a wrong side, and resolves gold offsets against publication', () => {
    const r = scoreEvents(gold, [
      predicted({ actor: { name: 'IS', side: 'isis' } }),
      predicted({ type: 'shelling', actor: { name: 'IS', side: 'isis' }, place: null, date: '2017-03-02' }),
    ]);
    expect(r.factual.tp).toBe(0);
    const homs = scoreEvents(gold, [predicted({ type: 'shelling', actor: { name: 'IS', side: 'isis' }, date: '2017-03-02',
      place: { name: 'Homs city', canonical: null, gazetteer_id: null, lat: null, lon: null, precision: 'exact', admin1: null } })]);
    expect(homs.factual.tp).toBe(1);
    expect(homs.dateAccuracy).toBe(1);
  });

  it('separates factual from not factual only in the all-with-modality score', () => {
    const r = scoreEvents(gold, [predicted({ type: 'siege', modality: 'intended', place: { name: 'Raqqa', canonical: null, gazetteer_id: null, lat: null, lon: null, precision: 'exact', admin1: null } })]);
    expect(r.factual.pred).toBe(0);
    expect(r.allWithModality.tp).toBe(1);
  });
});
