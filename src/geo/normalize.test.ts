import { describe, expect, it } from 'vitest';
import { foldName, nameKeys, normalizeName, skeletonKey } from './normalize.ts';

/** Spellings of one place that must meet at the key or the skeleton level. */
const SAME_PLACE: string[][] = [
  ['al-Resafa', 'al-Rasafeh', 'Rusafa', 'Ar Rusafah'],
  ['Uqayribat', 'Aqayrabat', 'Eqayrbat', '‘Uqayribāt', 'Uqayrbat'],
  ['al-Sukhnah', 'Sokhna', 'As Sukhnah', 'Sukhna'],
  ['Deir Ezzor', 'Deir Ezzur', 'Dayr az Zawr', 'Deir al-Zour', 'Deir ez-Zor'],
  ['al-Kom', 'al-Kawm'],
  ['Albu Kamal', 'Abu Kamal', 'Bukamal'],
  ['Mayadin', 'Mayadeen', 'al-Mayadeen'],
  ['Khanasser', 'Khanasir'],
  ['Tal al-Khanazeer', 'Tall al Khanazir'],
  ['Sweida', 'Suwayda', 'as-Suwaydaa'],
  ['Til Temir', 'Tal Tamr', 'Tell Tamer'],
];

describe('name keys', () => {
  it.each(SAME_PLACE)('spellings of %s share a skeleton', (...names) => {
    const skeletons = new Set(names.map((n) => nameKeys(n).skeleton));
    expect([...skeletons]).toHaveLength(1);
  });

  it('unifies articles, including assimilated ones inside names', () => {
    expect(normalizeName('Deir ez-Zor')).toBe(normalizeName('Deir Ezzor'));
    expect(normalizeName('As Sukhnah')).toBe(normalizeName('al-Sukhnah'));
    expect(normalizeName('Abu al Qatat')).toBe(normalizeName('Abu Qatat'));
  });

  it('unifies endings and vowel spellings at the key level', () => {
    expect(normalizeName('Mayadeen')).toBe(normalizeName('Mayadin'));
    expect(normalizeName('Salamiyeh')).toBe(normalizeName('Salamiyah'));
    expect(normalizeName('Hamah')).toBe(normalizeName('Hama'));
  });

  it('reads an initial consonant + w as the diminutive with its vowel (Dwair = Duwayr)', () => {
    expect(normalizeName('al-Dwair')).toBe(normalizeName('Ad Duwayr'));
    expect(normalizeName('Hwaija')).toBe(normalizeName('Huwayja'));
    expect(normalizeName('Kweiris')).toBe(normalizeName('Kuweiris'));
    // Only at a word's start, and only before a vowel.
    expect(normalizeName('Bawab')).toBe('bawab');
    expect(normalizeName('Twr')).toBe('twr');
  });

  it('reads Kurdish letters: x = kh, ç = ch, Til = Tall; ş stays the emphatic s of romanised Arabic', () => {
    // Kurdish e often stands for an Arabic a: the names meet at the skeleton.
    const skeleton = (s: string): string => nameKeys(s).skeleton;
    expect(skeleton('Sexanî')).toBe(skeleton('Sakhani'));
    expect(skeleton('Xirbet Xelil')).toBe(skeleton('Khirbet Khalil'));
    expect(normalizeName('Til Koçer')).toBe(normalizeName('Tal Kocher'));
    expect(normalizeName('Şafşāfah')).toBe(normalizeName('Safsafa'));
  });

  it('keeps different places apart', () => {
    expect(nameKeys('Raqqa').skeleton).not.toBe(nameKeys('Rusafa').skeleton);
    expect(normalizeName('Homs')).not.toBe(normalizeName('Hama'));
  });

  it('folds diacritics, ayn/hamza marks and Arabic letter forms', () => {
    expect(foldName('Ma‘din ‘Atīq')).toBe('madin atiq');
    expect(foldName("Dar'a")).toBe('dara');
    expect(normalizeName('عُقَيْرِبات')).toBe(normalizeName('عقيربات'));
    expect(normalizeName('الرقة')).toBe(normalizeName('رقه'));
  });

  it('reads Cyrillic look-alike letters inside Latin words as Latin', () => {
    expect(normalizeName('Salаmiyah')).toBe(normalizeName('Salamiyah'));
  });

  it('never returns an empty skeleton for a name with letters', () => {
    expect(skeletonKey(normalizeName('Ayo'))).not.toBe('');
  });
});
