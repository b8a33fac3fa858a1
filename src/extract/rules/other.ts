import type { Rule } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

/** `other` events worth keeping, each with a subtype: sieges lifted, supply lines cut, roads secured. */
export const OTHER_RULES: readonly Rule[] = [
  triggerRule({
    name: 'other-siege-lifted',
    type: 'other',
    subtype: 'siege lifted',
    pattern: /\b(?:lift(?:ed|ing|s)?|br(?:eak|oke|eaking|oken)|end(?:ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:siege|blockade|encirclement)(?:\s+(?:on|of|around|imposed\s+on))?/gi,
    actor: 'subject',
    place: 'after-or-before',
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
    pattern: /\b(?:secur(?:ed|ing|e)|reopen(?:ed|ing)?|open(?:ed|ing)?)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:road|highway|supply\s+(?:line|route)|route)s?(?:\s+(?:to|towards|between|linking|from|of|leading\s+to))?/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
  }),
];
