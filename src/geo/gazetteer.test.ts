import { describe, expect, it } from 'vitest';
import { Gazetteer, withinOneEdit } from './gazetteer.ts';
import { TEST_PLACES } from './fixtures.ts';

describe('Gazetteer', () => {
  const g = new Gazetteer(TEST_PLACES);

  it('counts, gets and replaces places by id', () => {
    const local = new Gazetteer(TEST_PLACES);
    expect(local.size).toBe(TEST_PLACES.length);
    expect(local.get('t:hama')?.name).toBe('Hama');
    local.add([{ ...TEST_PLACES[2]!, id: 't:hama', lat: 1 }]);
    expect(local.size).toBe(TEST_PLACES.length);
    expect(local.get('t:hama')?.lat).toBe(1);
    expect(local.lookup('Hama').filter((h) => h.place.id === 't:hama').map((h) => h.place.lat)).toEqual([1]);
  });

  it('meets transliteration variants at the right level', () => {
    const levels = (name: string, id: string) => g.lookup(name).find((h) => h.place.id === id)?.level;
    expect(levels('Deir ez-Zor', 't:deir')).toBe('exact');
    expect(levels('Deir Ezzur', 't:deir')).toBe('key');
    expect(levels('Sokhna', 't:sukhnah')).toBe('key');
    expect(levels('Resafa', 't:rusafa-raqqa')).toBe('skeleton');
    expect(levels('دير الزور', 't:deir')).toBe('exact');
  });

  it('finds one-edit misspellings only when nothing better met', () => {
    const hits = g.lookup('Khanasiir Qalb');
    expect(hits).toEqual([]);
    expect(g.lookup('Khanasirq').map((h) => [h.place.id, h.level])).toEqual([['t:khanasir', 'fuzzy']]);
  });

  it('returns nothing for unknown or empty names', () => {
    expect(g.lookup('Zzyzx')).toEqual([]);
    expect(g.lookup('')).toEqual([]);
  });

  it('adds places after the index was built', () => {
    const local = new Gazetteer(TEST_PLACES);
    expect(local.lookup('Tabqa')).toEqual([]);
    local.add([{ ...TEST_PLACES[0]!, id: 't:tabqa', name: 'Tabqa', altNames: [] }]);
    expect(local.lookup('al-Tabqa')[0]?.place.id).toBe('t:tabqa');
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['krbt', 'krbt', true], ['krbt', 'krbd', true], ['krbt', 'krt', true], ['krbt', 'rkbt', true],
    ['krbt', 'kbrtt', false], ['krbt', 'ksrt', false], ['abc', 'abcde', false],
  ])('%s ~ %s is %s', (a, b, want) => expect(withinOneEdit(a, b)).toBe(want));
});

describe('Gazetteer.copy', () => {
  it('is independent of the original and keeps matching', () => {
    const g = new Gazetteer(TEST_PLACES);
    const mine = g.copy();
    mine.add([{ ...TEST_PLACES[0]!, id: 't:new', name: 'Maadan', altNames: [] }]);
    expect(mine.lookup("Ma'adan")[0]?.place.id).toBe('t:new');
    expect(g.lookup("Ma'adan")).toEqual([]);
    expect(mine.size).toBe(g.size + 1);
  });
});

describe('Gazetteer.lookupKeyed', () => {
  const g = new Gazetteer(TEST_PLACES);
  it.each(['Deir ez-Zor', 'Deir Ezzor', 'Hamah', 'Sukhna', 'Arak gas field', 'Arak', 'Rusafa', 'Khanasser', 'town of Arak', 'Xqzw'])(
    'is lookup kept to its exact and key hits, in order: %s',
    (name) => {
      expect(g.lookupKeyed(name)).toEqual(g.lookup(name).filter((h) => h.level === 'exact' || h.level === 'key'));
    },
  );
});
