import type { Rule } from './define.ts';
import { defineRule } from './define.ts';
import { placesIn } from '../roles.ts';
import { candidatesFor, placeWindow, triggerRule } from './trigger-rule.ts';

/** Siege rules: a side encircles a place; "to lift ISIS's siege on X" states the siege by ISIS. */
export const SIEGE_RULES: readonly Rule[] = [
  triggerRule({
    name: 'siege-besiege',
    type: 'siege',
    pattern: /\b(?:besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing|ement)|surround(?:ed|s)|(?:full|complete|partial)?\s*siege\s+(?:of|on|around)|blockade\s+(?:of|on)|(?:are|is|were|was)\s+(?:now\s+)?(?:trapped|cut\s+off)\s+in)\b/gi,
    actor: 'agent',
    place: 'after-or-before',
    confidence: 0.65,
    vetoBefore: /\b(?:lift(?:ed|ing|s)?|break(?:ing|s)?|broke(?:n)?|end(?:ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,3}$/i,
  }),
  defineRule({
    // The possessive names the besieger: "ISIL's siege on Deir Ezzur", "the ISIS siege of X".
    name: 'siege-possessive',
    type: 'siege',
    pattern: /\bsiege\s+(?:on|of|around|imposed\s+on)\b/gi,
    extract(input) {
      const { sentence, match } = input;
      const ts = match.index;
      const te = ts + match[0].length;
      const before = sentence.text.slice(Math.max(0, ts - 40), ts);
      const owner = sentence.actors.find((a) => {
        const s = a.end - sentence.start;
        return s <= ts && s >= ts - 40 && /^(?:['’]s?)?\s+(?:(?:\S+-)?(?:long|year|month|old)\S*\s+)?$/i.test(sentence.text.slice(s, ts));
      });
      if (!owner || !/\b(?:lift|break|broke|end|ending|lifting|breaking)/i.test(before) && !/['’]s?\s/.test(sentence.text.slice(owner.end - sentence.start, ts + 1))) return null;
      const places = placesIn(sentence, te, placeWindow(input, {}, te));
      if (places.length === 0) return null;
      return candidatesFor(input, { name: 'siege-possessive', type: 'siege', confidence: 0.75 }, owner, places, null);
    },
  }),
];
