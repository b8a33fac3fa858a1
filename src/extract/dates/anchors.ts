import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './lexicon.ts';

/**
 * What a rule needs to see before it is worth running: a digit, a month, a weekday or a relative
 * word (date rules), or a number word (claims: "nine villages", "a dozen", "a quarter of").
 */
export type AnchorKind = 'digit' | 'month' | 'weekday' | 'relative' | 'number';

/** Words every relative rule contains at least one of ("3 days ago", "last night", "in recent weeks"). */
const RELATIVE_WORDS = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'overnight', 'night', 'morning', 'afternoon', 'evening',
  'week', 'weeks', 'month', 'months', 'year', 'years', 'days', 'hours', 'ago', 'recent', 'recently', 'lately',
]);

/** Number words that can start a claim's number. */
const NUMBER_WORDS_ANCHORING = new Set([
  ...[...NUMBER_WORDS.keys()].filter((w) => w.length >= 3),
  'hundred', 'thousand', 'million', 'dozen', 'half', 'third', 'thirds', 'quarter', 'quarters',
]);

const MAX_WORD = 9;

/**
 * Which (first letter, second letter, length) triples any anchor word has: a word is only sliced
 * and looked up when its triple is here, so the scan allocates almost nothing.
 */
const CANDIDATE = new Uint8Array(128 * 128 * (MAX_WORD + 1));
const candidateIndex = (c0: number, c1: number, length: number): number => ((c0 & 127) * 128 + (c1 & 127)) * (MAX_WORD + 1) + length;
for (const word of [...MONTHS.keys(), ...WEEKDAYS.keys(), ...RELATIVE_WORDS, ...NUMBER_WORDS_ANCHORING]) {
  if (word.length <= MAX_WORD) CANDIDATE[candidateIndex(word.charCodeAt(0), word.charCodeAt(1), word.length)] = 1;
}

/** Start offsets of the anchors of each kind, in text order. */
export type Anchors = Record<AnchorKind, number[]>;

/**
 * One pass over the text, word by word, noting where each kind of anchor occurs. This is the cheap
 * step that lets the regex rules run only on the few windows of text that can hold a date.
 */
export function findAnchors(text: string): Anchors {
  const anchors: Anchors = { digit: [], month: [], weekday: [], relative: [], number: [] };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const kind = c < 128 ? ASCII_CLASS[c] : OTHER;
    if (kind === OTHER) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && classOf(text.charCodeAt(j)) === kind) j++;
    if (kind === DIGIT) {
      anchors.digit.push(i);
      i = j;
      continue;
    }
    const length = j - i;
    // Lower-casing an ASCII letter is setting bit 5.
    if (length >= 3 && length <= MAX_WORD && CANDIDATE[candidateIndex(c | 32, text.charCodeAt(i + 1) | 32, length)] === 1) {
      const word = text.slice(i, j).toLowerCase();
      if (MONTHS.has(word)) anchors.month.push(i);
      else if (WEEKDAYS.has(word)) anchors.weekday.push(i);
      else if (RELATIVE_WORDS.has(word)) anchors.relative.push(i);
      else if (NUMBER_WORDS_ANCHORING.has(word)) anchors.number.push(i);
    }
    i = j;
  }
  return anchors;
}

// ASCII character classes of the scan, looked up instead of compared.
const OTHER = 0;
const DIGIT = 1;
const LETTER = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = ASCII_CLASS[c + 32] = LETTER;
const classOf = (c: number): number => (c < 128 ? ASCII_CLASS[c]! : OTHER);

/**
 * Stretches of text around anchor positions, `before` characters back and `after` forward,
 * merged where they overlap: every match of a rule that needs the anchor lies inside one of them.
 */
export function windowsAround(text: string, positions: readonly number[], before: number, after: number): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  for (const p of positions) {
    let start = Math.max(0, p - before);
    // Never start inside a word: a cut word could look like a different one.
    while (start < p && start > 0 && isWordChar(text.charCodeAt(start - 1))) start++;
    const end = Math.min(text.length, p + after);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = end;
    else windows.push([start, end]);
  }
  return windows;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
