import type { ActorEntry, TheaterPack } from '../../theater/pack.ts';
import type { ActorMention } from '../types.ts';

/** Finds actor mentions in text; built once per theater pack, regexes precompiled. */
export interface ActorMatcher {
  find(text: string, offset: number): ActorMention[];
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]").replace(/[-\s]+/g, '[-\\s]+');
// An acronym (IS, SAA, HTS) is matched case-sensitively: "is" is a verb.
const isAcronym = (alias: string): boolean => /^[A-Z/]{2,7}$/.test(alias);
const fold = (s: string): string => s.toLowerCase().replace(/’/g, "'").replace(/[-\s]+/g, ' ');

// Letters or digits on either side mean we are inside a longer word; a hyphen after means a
// compound adjective ("ISIS-held"), which describes a place rather than naming an actor.
const LEFT = '(?<![\\p{L}\\p{N}-])';
const RIGHT = '(?![\\p{L}\\p{N}]|-(?:held|controlled|occupied|linked|affiliated|allied|backed|led))';

/**
 * Compiles the pack's aliases into two alternations (longest alias first) and returns a matcher.
 *
 * @example createActorMatcher(syriaTheater).find('Daesh fled.', 0)[0]?.side // 'isis'
 */
export function createActorMatcher(pack: TheaterPack): ActorMatcher {
  const byAlias = new Map<string, ActorEntry>();
  const folded: string[] = [];
  const exact: string[] = [];
  for (const entry of pack.actors) {
    for (const alias of entry.aliases) {
      byAlias.set(isAcronym(alias) ? alias : fold(alias), entry);
      (isAcronym(alias) ? exact : folded).push(alias);
    }
  }
  const alternation = (list: string[]): string => [...new Set(list)].sort((a, b) => b.length - a.length).map(escape).join('|');
  const insensitive = new RegExp(`${LEFT}(?:${alternation(folded)})${RIGHT}`, 'giu');
  const sensitive = new RegExp(`${LEFT}(?:${alternation(exact)})${RIGHT}`, 'gu');
  return {
    find(text, offset) {
      const found: ActorMention[] = [];
      for (const re of [sensitive, insensitive]) {
        for (const m of text.matchAll(re)) {
          const entry = byAlias.get(re === sensitive ? m[0] : fold(m[0]));
          if (!entry) continue;
          const start = offset + m.index;
          found.push({ start, end: start + m[0].length, text: m[0], name: m[0], side: entry.side, generic: entry.generic === true });
        }
      }
      // Keep the longest of overlapping matches ("regime forces" over "the regime", "ISIS militants" over "militants").
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: ActorMention[] = [];
      for (const a of found) if (!kept.some((k) => a.start < k.end && k.start < a.end)) kept.push(a);
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
