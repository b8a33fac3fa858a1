import { describe, expect, it } from 'vitest';
import { nameTokens, placeSimilarity, sequenceRatio } from './similarity.ts';

describe('sequenceRatio (difflib-compatible)', () => {
  it('matches difflib on known pairs', () => {
    // Values computed with Python: difflib.SequenceMatcher(None, a, b).ratio()
    expect(sequenceRatio('abcd', 'bcde')).toBeCloseTo(0.75, 6);
    expect(sequenceRatio('sukhnah', 'sukhna')).toBeCloseTo(12 / 13, 6);
    expect(sequenceRatio('kawm', 'kom')).toBeCloseTo(4 / 7, 6);
    expect(sequenceRatio('abc', 'xyz')).toBe(0);
  });
});

describe('placeSimilarity', () => {
  it('drops articles, generic words and stop words', () => {
    expect(nameTokens('the southern countryside of al-Raqqa')).toEqual(['raqqa']);
    expect(nameTokens('Abu Kamal')).toEqual(['abu', 'kamal']);
    expect(nameTokens('Abu-Kamal')).toEqual(['kamal']);
  });

  it('treats transliteration variants as the same place and different places as different', () => {
    expect(placeSimilarity('al-Sukhnah city', 'As Sukhnah')).toBeGreaterThanOrEqual(0.8);
    expect(placeSimilarity('Palmyra', 'As Sukhnah')).toBeLessThan(0.8);
  });
});
