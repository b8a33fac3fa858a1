import type { Rule } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

/** Advance rules: movement toward a place without taking it ("advanced towards", "now 25 km from"). */
export const ADVANCE_RULES: readonly Rule[] = [
  triggerRule({
    name: 'advance-toward',
    type: 'advance',
    pattern: /\b(?:advanc(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|push(?:ed|es|ing)?|march(?:ed|es|ing)?|press(?:ed|es|ing)|progress(?:ed|es|ing)?|head(?:ed|ing)|closing\s+in|clos(?:e|ed|ing)\s+in|approach(?:ed|es|ing)?|reach(?:ed|es|ing)?|arriv(?:ed|es|ing)|enter(?:ed|s|ing)?|breach(?:ed|es|ing)?|cross(?:ed|es|ing))\b/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
    skipPlaceAfter: /\bfrom\s+(?:the\s+)?(?:\w+\s+){0,4}$/i,
    // "advance force"; "pushed schools in X to close" moves people, not a front.
    vetoAfter: /^\s+(?:force|forces|guard|party|parties|units?\b|(?:[\w-]+\s+){1,5}to\s+(?!the\b)[a-z]+\b)/u,
    // "Neim Crossing" is a place's name, not a movement.
    accept: ({ match }) => match.index === 0 || !/^[A-Z]/.test(match[0]),
  }),
  triggerRule({
    name: 'advance-distance',
    type: 'advance',
    pattern: /\b(?:now|stands?|standing|are|is|were|was|came|come|got|get|brought\s+\w+|brings?\s+\w+|lie|lies|located)\s+(?:\w+\s+){0,3}?\d+(?:\.\d+)?\s*(?:km|kms|kilometers|kilometres)\b(?:\s+\([^)]{0,20}\))?(?:\s+away)?(?:\s+(?:from|of|to))?/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
    // "X lies 35 km north of Y" describes geography, not an advance.
    vetoBefore: /\b(?:which|that|field|town|city|village|it)\s+$/i,
  }),
];
