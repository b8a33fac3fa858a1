import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

describe('splitSentences', () => {
  it('splits on final punctuation and keeps spans that index the text', () => {
    const text = 'Government troops entered Arak on Monday. ISIS fighters fled east!';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Government troops entered Arak on Monday.', 'ISIS fighters fled east!']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('does not split after abbreviations or initials', () => {
    const sentences = splitSentences('The U.S. coalition struck near Tabqa. Gen. Hassan said so.');
    expect(sentences).toHaveLength(2);
  });

  it('treats a line break as a sentence end, for headlines', () => {
    const sentences = splitSentences('Army reaches Sukhnah outskirts\nThe army advanced overnight.');
    expect(sentences.map((s) => s.text)).toEqual(['Army reaches Sukhnah outskirts', 'The army advanced overnight.']);
  });

  it('cuts an unpunctuated run into bounded pieces', () => {
    const text = 'word '.repeat(2000);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(1);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(2000);
  });
});
