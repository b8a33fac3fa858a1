import type { ActorMention } from '../types.ts';
import type { Rule, RuleInput } from './define.ts';
import { defineRule } from './define.ts';
import { firstList, placesBefore, placesIn, subjectBefore } from '../roles.ts';
import { SIEGE_LIFTED_SOURCE } from './other.ts';
import { candidatesFor, placeWindow, triggerRule } from './trigger-rule.ts';

/** The besieger named in the lifting's own words: "ISIL's siege", "the IS siege", "imposed by ISIS". */
function ownerIn(input: RuleInput, ts: number, te: number): ActorMention | null {
  const { sentence } = input;
  return sentence.actors.find((a) => a.side !== 'unknown' && a.start - sentence.start > ts && a.end - sentence.start <= te) ?? null;
}

/** Else the side hostile to the lifter named last before it, in this sentence or the ones before. */
function hostileBefore(input: RuleInput, lifter: ActorMention | null): ActorMention | null {
  const { ctx, sentence } = input;
  const side = lifter?.side ?? 'government';
  for (let i = sentence.index; i >= 0; i--) {
    const s = ctx.sentences[i]!;
    const found = s.actors.filter((a) => a.side !== 'unknown' && a.side !== side && (i < sentence.index || a.start < sentence.start + input.match.index)).at(-1);
    if (found) return found;
  }
  return null;
}

/** Siege rules: a side encircles a place; "to lift ISIS's siege on X" states the siege by ISIS. */
export const SIEGE_RULES: readonly Rule[] = [
  triggerRule({
    name: 'siege-besiege',
    type: 'siege',
    pattern: /\b(?:besieg(?:e|ed|es|ing)|encircl(?:e|ed|es|ing|ement)|surround(?:ed|s)|(?:full|complete|partial)?\s*siege\s+(?:of|on|around)|blockade\s+(?:of|on)|(?:are|is|were|was)\s+(?:now\s+)?(?:trapped|cut\s+off)\s+in)\b/gi,
    actor: 'agent',
    place: 'after-or-before',
    confidence: 0.65,
    // "the besieged soldiers", "its encircled garrison": an adjective describing people, not a siege laid.
    accept: ({ sentence, match }) => !(/^(?:besieged|encircled|surrounded)$/i.test(match[0]) && /\b(?:the|its|their|a)\s+$/i.test(sentence.text.slice(Math.max(0, match.index - 8), match.index))),
    // A siege being lifted is read by siege-presupposed; the trigger may start right after a word ("the IS siege on").
    vetoBefore: /\b(?:lift(?:ed|ing|s)?|break(?:ing|s)?|broke(?:n)?|end(?:ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,3}\S*$/i,
  }),
  defineRule({
    // Lifting a siege states the siege: "to lift ISIL's siege on X", "broke the IS siege of X",
    // "lifting the siege imposed by ISIS on X". The siege is asserted whatever the lifting's modality.
    name: 'siege-presupposed',
    type: 'siege',
    pattern: new RegExp(String.raw`${SIEGE_LIFTED_SOURCE}(?:\s+imposed\s+by\s+(?:the\s+)?\S+(?:\s+\S+)?\s+(?:on|of))?`, 'gi'),
    extract(input) {
      const { sentence, match } = input;
      const ts = match.index;
      const te = ts + match[0].length;
      let places = firstList(sentence, placesIn(sentence, ts, placeWindow(input, {}, te)));
      // "pushed into the city, breaking Daesh siege of an enclave there": the place named before.
      if (places.length === 0) places = placesBefore(sentence, ts, true);
      if (places.length === 0) return null;
      const lifter = subjectBefore(sentence, ts);
      const besieger = ownerIn(input, ts, te) ?? hostileBefore(input, lifter);
      if (!besieger) return null;
      return candidatesFor(input, { name: 'siege-presupposed', type: 'siege', confidence: 0.7 }, besieger, places, lifter).map((c) => ({ ...c, presupposed: true }));
    },
  }),
];
