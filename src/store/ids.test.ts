import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../model/index.ts';
import { makeClaim, makeEvent } from './fixtures/records.ts';
import { assignClaimIds, assignEventIds, claimId, eventId } from './ids.ts';

const HASH = 'a'.repeat(64);

describe('eventId', () => {
  it('is 16 hex digits and the same for the same inputs', () => {
    const id = eventId(HASH, makeEvent('r'));
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(eventId(HASH, makeEvent('r'))).toBe(id);
  });

  it('changes with each hashed field: report hash, rule, span, type, place name, modality', () => {
    const base = makeEvent('r');
    const variants: Array<Partial<EventRecord>> = [
      { rule: 'another-rule' }, { span: [1, 46] }, { span: [0, 47] }, { type: 'advance' },
      { place: null }, { place: { ...base.place!, name: 'Tall Hamra' } }, { modality: 'intended' },
    ];
    const ids = new Set([eventId(HASH, base), eventId('b'.repeat(64), base), ...variants.map((v) => eventId(HASH, { ...base, ...v }))]);
    expect(ids.size).toBe(variants.length + 2);
  });

  it('ignores what a re-extraction may refine: quote, confidence, date, actors, coordinates', () => {
    const base = makeEvent('r');
    const refined = makeEvent('r', {
      quote: 'Reworded.', confidence: 0.2, date: '2017-06-01', actor: { name: 'the troops', side: 'government' },
      place: { ...base.place!, lat: 35, lon: 38.5, canonical: 'Other' },
    });
    expect(eventId(HASH, refined)).toBe(eventId(HASH, base));
  });

  it('keeps parts apart: moving text between rule and place name changes the id', () => {
    const a = makeEvent('r', { rule: 'ab', place: { ...makeEvent('r').place!, name: 'c' } });
    const b = makeEvent('r', { rule: 'a', place: { ...makeEvent('r').place!, name: 'bc' } });
    expect(eventId(HASH, a)).not.toBe(eventId(HASH, b));
  });
});

describe('assignEventIds', () => {
  it('numbers events that agree on every hashed field, stably, and leaves the first with the plain id', () => {
    const events = [makeEvent('r'), makeEvent('r', { rule: 'x' }), makeEvent('r', { actor: { name: 'b', side: 'isis' } }), makeEvent('r')];
    const ids = assignEventIds(HASH, events);
    expect(new Set(ids).size).toBe(4);
    expect(ids[0]).toBe(eventId(HASH, events[0]!));
    expect(ids[2]).toBe(eventId(HASH, events[0]!, 1));
    expect(ids[3]).toBe(eventId(HASH, events[0]!, 2));
    expect(assignEventIds(HASH, events)).toEqual(ids);
  });
});

describe('claimId', () => {
  it('changes with kind, value and unit, not with the wording around them', () => {
    const base = makeClaim('r');
    expect(claimId(HASH, { ...base, about: 'reworded', quote: 'Reworded.' })).toBe(claimId(HASH, base));
    const ids = new Set([base, { ...base, value: 41 }, { ...base, unit: 'km2' }, { ...base, kind: 'area' as const }].map((c) => claimId(HASH, c)));
    expect(ids.size).toBe(4);
    expect(new Set(assignClaimIds(HASH, [base, base])).size).toBe(2);
  });
});
