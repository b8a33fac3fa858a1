import { NUMBER_WORDS, NUMBER_WORD_SOURCE } from '../dates/lexicon.ts';

/** A number written in a text: digits, words, or a fraction ("a quarter of" → 25, in percent). */
export interface NumberMention {
  start: number;
  end: number;
  text: string;
  value: number;
  /** True for fractions written as words ("a quarter", "half"): their value is already a percentage. */
  fraction: boolean;
}

const SCALES: Readonly<Record<string, number>> = { dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, k: 1_000 };
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 50, third: 100 / 3, quarter: 25, 'two thirds': 200 / 3, 'three quarters': 75,
};

const DIGITS = '(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?!\\.\\d)';
const SCALE = '(?:\\s*-?\\s*(dozen|hundred|thousand|million|billion)\\b|(k)\\b)';
const WORDS = `(${NUMBER_WORD_SOURCE}(?:[\\s-]+${NUMBER_WORD_SOURCE})?)`;

/**
 * Numbers as written: "11,000", "1.5 million", "11 thousand", "eleven thousand", "twenty-five",
 * "a dozen", "a hundred", "a quarter of", "half of". Plurals of scale words ("dozens", "hundreds",
 * "scores", "thousands") are not values and are not matched. Ordinals ("5th") are skipped.
 */
const NUMBER = new RegExp(
  [
    `(?<![\\w.,])${DIGITS}(?!(?:st|nd|rd|th)\\b)${SCALE}?`,
    // fractions before words, so that "two thirds of" is not read as "two"
    `\\b(?:(?:an?|one)\\s+(half|third|quarter)|(two\\s+thirds|three\\s+quarters)|(half))\\s+of\\b`,
    `\\b${WORDS}(?:\\s+(dozen|hundred|thousand|million)\\b)?(?![\\w-])`,
    `\\b(?:an?|one)\\s+(dozen|hundred|thousand|million)\\b(?!s)`,
  ].join('|'),
  'gi',
);

/** Finds the numbers in a text, in text order. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m !== null; m = NUMBER.exec(text)) {
    const value = numberValue(m);
    if (value === null) continue;
    const fraction = m[4] !== undefined || m[5] !== undefined || m[6] !== undefined;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], value, fraction });
  }
  return out;
}

function numberValue(m: RegExpExecArray): number | null {
  const [, digits, scale, k, fracA, fracB, half, words, wordScale, article] = m;
  if (digits !== undefined) {
    const base = Number(digits.replace(/,/g, ''));
    const s = (scale ?? k)?.toLowerCase();
    return s ? base * (SCALES[s] ?? 1) : base;
  }
  if (words !== undefined) {
    const base = words
      .toLowerCase()
      .split(/[\s-]+/)
      .reduce((sum, w) => sum + (NUMBER_WORDS.get(w) ?? 0), 0);
    return wordScale ? base * (SCALES[wordScale.toLowerCase()] ?? 1) : base;
  }
  if (article !== undefined) return article.toLowerCase() === 'dozen' ? 12 : (SCALES[article.toLowerCase()] ?? null);
  const frac = (fracA ?? fracB ?? half)?.toLowerCase().replace(/\s+/g, ' ');
  return frac ? (FRACTIONS[frac] ?? null) : null;
}
