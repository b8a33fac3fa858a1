import { isObjectPosition } from '../roles.ts';
import type { ActorMention } from '../types.ts';
import type { Rule, RuleInput } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

/** "lift the siege on X", "broke the IS siege of X", "breaking X siege": shared with the siege it presupposes (siege.ts). */
export const SIEGE_LIFTED_SOURCE = String.raw`\b(?:lift(?:ed|ing|s)?|br(?:eak|oke|eaking|oken)|end(?:ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:siege|blockade|encirclement)(?:\s+(?:on|of|around|imposed\s+on))?`;

/**
 * Who lifts a siege: never its besieger ("the IS siege" names who is lifted against). With no subject
 * before it ("While lifting the siege on X is imperative, the army …"), the first acting actor after it.
 */
function lifterOf(input: RuleInput, actor: ActorMention | null): ActorMention | null {
  const { sentence, match } = input;
  const ts = sentence.start + match.index;
  const te = ts + match[0].length;
  const inside = sentence.actors.filter((a) => a.start >= ts && a.end <= te + 1);
  if (actor && !inside.includes(actor) && !inside.some((a) => a.side === actor.side)) return actor;
  return sentence.actors.find((a) => a.start >= te && a.side !== 'unknown' && !inside.some((b) => b.side === a.side) && !isObjectPosition(sentence, a)) ?? null;
}

/** `other` events worth keeping, each with a subtype: sieges lifted, supply lines cut, roads secured. */
export const OTHER_RULES: readonly Rule[] = [
  triggerRule({
    name: 'other-siege-lifted',
    type: 'other',
    subtype: 'siege lifted',
    pattern: new RegExp(SIEGE_LIFTED_SOURCE, 'gi'),
    actor: 'subject',
    place: 'after-or-before',
    // "breaking Deir Ezzor siege": the place sits inside the trigger.
    placesInTrigger: true,
    adjustActor: lifterOf,
    confidence: 0.7,
  }),
  triggerRule({
    name: 'other-supply-cut',
    type: 'other',
    subtype: 'supply line cut',
    pattern: /\b(?:cut(?:ting)?(?:\s+off)?|sever(?:ed|ing)?|block(?:ed|ing)?)\s+(?:the\s+|their\s+|its\s+|a\s+)?(?:\S+\s+){0,2}?(?:supply\s+(?:lines?|routes?|roads?)|road|highway|route)s?(?:\s+(?:to|towards|between|linking|from|of))?/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
  }),
  triggerRule({
    name: 'other-road-secured',
    type: 'other',
    subtype: 'road secured',
    pattern: /\b(?:secur(?:ed|ing|e)|reopen(?:ed|ing)?|open(?:ed|ing)?|restor(?:e|ed|es|ing)\s+(?:security|safety|control)\s+(?:to|on|of|along))\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:road|highway|supply\s+(?:line|route)|route)s?(?:\s+(?:to|towards|between|linking|from|of|leading\s+to))?/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
  }),
];
