/** A sentence of a report with its character span in the report text. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
}

// Abbreviations after which a period does not end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'dr', 'gen', 'col', 'lt', 'maj', 'brig', 'capt', 'sgt', 'st', 'no', 'vs', 'u.s', 'u.n', 'jan', 'feb', 'aug', 'sept', 'oct', 'nov', 'dec', 'km', 'approx', 'etc']);
const MAX_SENTENCE = 2000;

/**
 * Splits text into sentences with spans. Line breaks end a sentence too (headlines and list items
 * have no final period), and an over-long run with no punctuation is cut at MAX_SENTENCE characters
 * so that one unpunctuated report cannot make later passes quadratic.
 *
 * @example splitSentences('ISIS fled. The army entered Arak.').map((s) => s.text)
 * // ['ISIS fled.', 'The army entered Arak.']
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    for (let cut = s; cut < e; cut += MAX_SENTENCE) {
      const ce = Math.min(e, cut + MAX_SENTENCE);
      out.push({ index: out.length, text: text.slice(cut, ce), start: cut, end: ce });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    const next = text[i + 1];
    if (next !== undefined && !/\s|["”’)]/.test(next)) continue;
    if (ch === '.') {
      const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) continue;
    }
    let end = i + 1;
    while (end < text.length && /["”’)]/.test(text[end]!)) end++;
    push(end);
    i = end - 1;
  }
  push(text.length);
  return out;
}
