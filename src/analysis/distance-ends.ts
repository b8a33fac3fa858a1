/** The distance figure of a claim's quote ("15 km", "70 kilometers", "60-km"). */
const FIGURE = /\d[\d.,]*(?:\s*(?:thousand|hundred))?[\s-]*(?:km\b|kilomet(?:er|re)s?\b|miles?\b)/i;
// A word of a name: capitalised ("Palmyra", "Al-Sukhnah") or an article before a capital ("al-Kawm").
const NAME_WORD = /^(?:\p{Lu}|(?:al|el|ar|as|ash|ad|at|az|ez|ed|es|er)-\p{Lu})/u;
const WORD = /[\p{L}][\p{L}'’-]*/gu;
/** Capitalised words that start sentences or name no place. */
const NOT_NAMES = new Set(['the', 'a', 'an', 'on', 'in', 'at', 'it', 'its', 'this', 'that', 'their', 'they', 'he', 'she', 'according', 'after', 'now', 'and', 'km']);

/**
 * The quote around its distance figure: what the distance is OF (`before`: "Al-Sukhnah is about",
 * "the regime forces are now less than") and FROM (`after`: "from Palmyra", "away from Al-Sukhnah
 * city"). Without a figure the whole quote is `after`.
 *
 * @example
 * aroundFigure('Al-Sukhnah is about 60 km from Palmyra'); // { before: 'Al-Sukhnah is about ', after: ' from Palmyra' }
 */
export function aroundFigure(quote: string): { before: string; after: string } {
  const m = FIGURE.exec(quote);
  if (!m) return { before: '', after: quote };
  return { before: quote.slice(0, m.index), after: quote.slice(m.index + m[0].length) };
}

/**
 * Runs of capitalised words in a text, the candidates for place names ("Al-Sukhnah",
 * "Deir ez-Zor" gives "Deir"); sentence-initial function words are dropped.
 *
 * @example
 * nameRuns('The distance between Palmyra and Arak is'); // ['Palmyra', 'Arak']
 */
export function nameRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  const close = (): void => {
    if (run.length) runs.push(run.join(' '));
    run = [];
  };
  for (const [word] of text.matchAll(WORD)) {
    if (NAME_WORD.test(word) && !NOT_NAMES.has(word.toLowerCase())) run.push(word);
    else close();
  }
  close();
  return runs;
}
