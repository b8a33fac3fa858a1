import type { ActorEntry, TheaterPack } from '../../theater/pack.ts';
import type { ActorMention } from '../types.ts';

/** Finds actor mentions in text; built once per theater pack. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

interface AliasRow {
  /** Folded tokens of the alias. */
  tokens: string[];
  entry: ActorEntry;
  /** Acronyms (IS, SAA, HTS) match only in capitals: "is" is a verb. */
  exact: string | null;
}

// Words: letters and digits, with inner apostrophes and dots ("Hay’at", "U.S").
const TOKEN = /[\p{L}\p{N}]+(?:['’.][\p{L}\p{N}]+)*/gu;
// Between the words of one name: spaces, hyphens, quotes ("“Islamic State” organization").
const NAME_GAP = /^[\s\-–“”"]*$/;
// A hyphen after a name makes a compound adjective ("ISIS-held"), which describes a place.
const COMPOUND_AFTER = /^-(?:held|controlled|occupied|linked|affiliated|allied|backed|led|run|based)\b/i;
const isAcronym = (alias: string): boolean => /^[A-Z/]{2,7}$/.test(alias);
// "ISIS's", "regime’s": the possessive does not change who is named.
const fold = (token: string): string => {
  const lower = token.toLowerCase();
  // Most words hold no apostrophe: nothing to strip or unify.
  return lower.includes("'") || lower.includes('’') ? lower.replace(/['’]s$/, '').replace(/’/g, "'") : lower;
};

interface Word {
  start: number;
  end: number;
  key: string;
  raw: string;
}

const word = (m: RegExpExecArray): Word => ({ start: m.index, end: m.index + m[0].length, key: fold(m[0]), raw: m[0] });

function tokensOf(text: string): Word[] {
  const out: Word[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) out.push(word(m));
  return out;
}

// Own scanners for `find`: the walk over the words, and the words read after a possible alias start.
const WORD_WALK = new RegExp(TOKEN.source, 'gu');
const WORD_AHEAD = new RegExp(TOKEN.source, 'gu');

/** The words from a first one on, read only as far as a comparison asks for them. */
class WordsAhead {
  readonly words: Word[];
  constructor(
    private readonly text: string,
    first: Word,
  ) {
    this.words = [first];
  }
  /** The k-th word from the first (0 = the first), or undefined past the text's end. */
  at(k: number): Word | undefined {
    while (this.words.length <= k) {
      WORD_AHEAD.lastIndex = this.words[this.words.length - 1]!.end;
      const m = WORD_AHEAD.exec(this.text);
      if (m === null) return undefined;
      this.words.push(word(m));
    }
    return this.words[k];
  }
}

/**
 * Indexes the pack's aliases by their first word and returns a matcher that walks the words of a
 * text once (a map lookup per word, longest alias first): no large regex alternation per sentence.
 * The words after a possible start are read only as far as an alias asks.
 *
 * @example createActorMatcher(syriaTheater).find('Daesh fled.', 0)[0]?.side // 'isis'
 */
export function createActorMatcher(pack: TheaterPack): ActorMatcher {
  const byFirst = new Map<string, AliasRow[]>();
  for (const entry of pack.actors) {
    for (const alias of entry.aliases) {
      const tokens = tokensOf(alias).map((t) => t.key);
      const first = tokens[0];
      if (first === undefined) continue;
      const rows = byFirst.get(first) ?? [];
      rows.push({ tokens, entry, exact: isAcronym(alias) ? alias : null });
      byFirst.set(first, rows);
    }
  }
  for (const rows of byFirst.values()) rows.sort((a, b) => b.tokens.length - a.tokens.length);

  return {
    find(text, offset) {
      const found: ActorMention[] = [];
      WORD_WALK.lastIndex = 0;
      for (let m = WORD_WALK.exec(text); m !== null; m = WORD_WALK.exec(text)) {
        const first = word(m);
        const rows = byFirst.get(first.key);
        if (!rows || text[first.start - 1] === '-') continue;
        const ahead = new WordsAhead(text, first);
        const row = rows.find((r) => matchesAt(text, ahead, r));
        if (!row) continue;
        const last = ahead.at(row.tokens.length - 1)!;
        const end = last.end - (/['’]s$/.test(last.raw) ? 2 : 0);
        if (COMPOUND_AFTER.test(text.slice(end, end + 12))) continue;
        // The walk goes on after the alias's last word.
        WORD_WALK.lastIndex = last.end;
        // "the Syrian Arab Army (SAA)": the acronym in brackets repeats the name, it is not an ally.
        const prev = found[found.length - 1];
        if (prev && prev.side === row.entry.side && /^\s*\($/.test(text.slice(prev.end - offset, first.start)) && text[end] === ')') {
          // The mention takes in its bracket, so "(IS)" is read as no place and no ally.
          prev.end = offset + end + 1;
          continue;
        }
        found.push({ start: offset + first.start, end: offset + end, text: text.slice(first.start, end), name: text.slice(first.start, end), side: row.entry.side, generic: row.entry.generic === true });
      }
      return found;
    },
  };
}

function matchesAt(text: string, ahead: WordsAhead, row: AliasRow): boolean {
  if (row.exact !== null && ahead.words[0]!.raw.replace(/['’]s$/, '') !== row.exact) return false;
  for (let k = 1; k < row.tokens.length; k++) {
    const w = ahead.at(k);
    if (!w) return false;
    const prev = ahead.words[k - 1]!;
    // "U.S. forces": an abbreviation's own final dot sits in the gap.
    const gap = text.slice(prev.end, w.start).replace(/^\./, prev.raw.includes('.') ? '' : '.');
    if (w.key !== row.tokens[k] || !NAME_GAP.test(gap)) return false;
  }
  return true;
}
