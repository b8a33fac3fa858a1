import type { ClaimQualifier } from '../../model/index.ts';

/** Qualifier words written before a number, as rows; longest first so "no more than" beats "more than". */
export const QUALIFIERS: ReadonlyArray<{ words: string; qualifier: ClaimQualifier }> = [
  { words: 'no more than', qualifier: 'up_to' },
  { words: 'no fewer than', qualifier: 'at_least' },
  { words: 'no less than', qualifier: 'at_least' },
  { words: 'more than', qualifier: 'more_than' },
  { words: 'upwards of', qualifier: 'more_than' },
  { words: 'in excess of', qualifier: 'more_than' },
  { words: 'just over', qualifier: 'more_than' },
  { words: 'over', qualifier: 'more_than' },
  { words: 'less than', qualifier: 'less_than' },
  { words: 'fewer than', qualifier: 'less_than' },
  { words: 'just under', qualifier: 'less_than' },
  { words: 'under', qualifier: 'less_than' },
  { words: 'below', qualifier: 'less_than' },
  { words: 'at least', qualifier: 'at_least' },
  { words: 'up to', qualifier: 'up_to' },
  { words: 'as many as', qualifier: 'up_to' },
  { words: 'as much as', qualifier: 'up_to' },
  // "nearly" and "almost" say the value is close (from below): our vocabulary keeps them as "about"
  { words: 'nearly', qualifier: 'about' },
  { words: 'almost', qualifier: 'about' },
  { words: 'about', qualifier: 'about' },
  { words: 'around', qualifier: 'about' },
  { words: 'some', qualifier: 'about' },
  { words: 'approximately', qualifier: 'about' },
  { words: 'approx\\.', qualifier: 'about' },
  { words: 'roughly', qualifier: 'about' },
  { words: 'close to', qualifier: 'about' },
  { words: 'an estimated', qualifier: 'about' },
  { words: 'estimated', qualifier: 'about' },
  { words: 'est\\.', qualifier: 'about' },
];

const QUALIFIER_BEFORE = new RegExp(`\\b(${QUALIFIERS.map((q) => q.words).join('|')})\\s+$`, 'i');
// Each row's words as a whole-string pattern, compiled once.
const QUALIFIER_ROWS = QUALIFIERS.map((q) => ({ ...q, whole: new RegExp(`^${q.words}$`, 'i') }));

/** The qualifier that ends the text before a number ("more than " → more_than), or `exact`. */
export function qualifierBefore(textBefore: string): { qualifier: ClaimQualifier; words: string | null } {
  const m = QUALIFIER_BEFORE.exec(textBefore.slice(-24));
  if (!m) return { qualifier: 'exact', words: null };
  const said = (m[1] ?? '').toLowerCase();
  const row = QUALIFIER_ROWS.find((q) => q.whole.test(said));
  return { qualifier: row?.qualifier ?? 'exact', words: m[1] ?? null };
}
