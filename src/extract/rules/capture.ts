import { actorAfter, placesBefore, relativeAntecedent } from '../roles.ts';
import type { Rule } from './define.ts';
import { defineRule } from './define.ts';
import { candidatesFor, placeWindow, triggerRule } from './trigger-rule.ts';
import { placesIn } from '../roles.ts';

// "areas controlled by", "the territory it seized": a description of held ground, not an event.
const DESCRIPTIVE_BEFORE = /(?:areas?|territor(?:y|ies)|positions?|regions?|places?|parts?|pockets?|points?|which|that|it|held|-)\s*$/i;
const CONTROL_NOUN = '(?:full\\s+|complete\\s+|total\\s+|back\\s+|their\\s+|its\\s+|military\\s+|fire\\s+)?control\\s+(?:of|over|on)';

/** Capture rules: a side takes a place (DESIGN.md vocabulary `capture`). */
export const CAPTURE_RULES: readonly Rule[] = [
  triggerRule({
    name: 'capture-active',
    type: 'capture',
    pattern: /\b(?:re)?(?:captur(?:e|ed|es|ing)|tak(?:e|es|en|ing)\s+over|took\s+over|took(?!\s+(?:place|part|over))|taken(?!\s+(?:place|part|over))|tak(?:e|es|ing)(?=\s+(?:the|back|over|control|several|two|three|four|five|\d+|\p{Lu}))(?!\s+(?:the\s+)?(?:lead|initiative|fight|battle|war|lives?|decision|opportunity|time|steps?|measures?|part|place))|seiz(?:e|ed|es|ing)|liberat(?:e|ed|es|ing)|retak(?:e|es|en|ing)|retook|reclaim(?:ed|s|ing)?|overr[au]n(?:s|ning)?|storm(?:ed|s|ing)?|regain(?:ed|s|ing)?|recover(?:ed|s|ing)?|won\s+back|win\s+back|clear(?:ed|s|ing)?|freed|secur(?:e|ed|es|ing)(?!\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:roads?|highways?|routes?|supply|lines?|release|funding|support|deal|agreement|corridor|passage|convoy|border)\b))\b/giu,
    actor: 'subject',
    place: 'after',
    confidence: 0.8,
    // A nominal "the capture of X" is kept only as a possibility ("… could open the road"): see modality.
    accept: ({ sentence, match }) =>
      // "Capturing the airbase is a strategic win": a gerund subject states no event.
      !(match.index === 0 && /ing$/i.test(match[0])) &&
      (!/\b(?:the|a|an|its|their)\s+$/i.test(sentence.text.slice(Math.max(0, match.index - 6), match.index)) ||
        /^[^.;]{0,80}?\b(?:could|would|might|will)\b/i.test(sentence.text.slice(match.index + match[0].length))),
    vetoAfter: /^\s+(?:by|from\s+(?:the\s+)?(?:air|sky))\b/i,
    skipPlaceAfter: /\b(?:from|towards?|near)\s+(?:the\s+)?$/i,
  }),
  triggerRule({
    // "drove ISIS out of X", "expelled the militants from X": the subject takes X.
    name: 'capture-drive-out',
    type: 'capture',
    pattern: /\b(?:dr(?:ove|iven|ive|ives|iving)|expel(?:led|s|ling)?|oust(?:ed|s|ing)?|kick(?:ed|s|ing)?|push(?:ed|es|ing)?|flush(?:ed|es|ing)?|purg(?:ed|es|ing))\s+(?:[\w’'“”"-]+\s+){0,5}?(?:out\s+of|from)\b/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.75,
    // "drove the militants out of X" names who was driven; "one column drove south from X" is a movement.
    accept: ({ sentence, match }) => sentence.actors.some((a) => a.start - sentence.start > match.index && a.end - sentence.start < match.index + match[0].length),
  }),
  triggerRule({
    name: 'capture-control-of',
    type: 'capture',
    pattern: new RegExp(`\\b(?:re-?)?(?:took|take|takes|taking|taken|gain(?:ed|s|ing)?|establish(?:ed|es|ing)?|impos(?:e|ed|es|ing)|restor(?:e|ed|es|ing)|regain(?:ed|s|ing)?|assum(?:e|ed|ing)|extend(?:ed|s|ing)?|seiz(?:e|ed|ing))\\s+${CONTROL_NOUN}`, 'gi'),
    actor: 'subject',
    place: 'after',
    confidence: 0.85,
    skipPlaceAfter: /\bfrom\s+(?:the\s+)?$/i,
  }),
  triggerRule({
    name: 'capture-controlled',
    type: 'capture',
    // Past "controlled X" and "to/and control X" report a change; present "controls X" describes a front.
    pattern: /(?:\bcontrolled|\bcontrolling|(?<=\b(?:to|and)\s+)control)\b(?!\s+(?:by|of|over|on)\b)/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.6,
    vetoBefore: new RegExp(`(?:${DESCRIPTIVE_BEFORE.source})|\\b(?:under|the|of|its|their|his|full|complete|lost|losing|lose|regime|government|ISIS|IS|SDF)\\s+$|${CONTROL_NOUN}\\s+$`, 'i'),
  }),
  triggerRule({
    name: 'capture-passive',
    type: 'capture',
    pattern: /\b(?:was|were|has\s+been|have\s+been|had\s+been|been|being|is|are)\s+(?:\w+ly\s+|now\s+|also\s+|finally\s+)?(?:re)?(?:captured|liberated|retaken|seized|taken|overrun|cleared|freed|stormed|recovered)\b/gi,
    actor: 'agent',
    place: 'before',
    confidence: 0.8,
  }),
  triggerRule({
    // "The T3 pumping station, retaken in June, …": a participle after a place reports its capture.
    name: 'capture-participle',
    type: 'capture',
    pattern: /(?<=\p{L}[’']?\s*,\s*)(?:re)?(?:captured|taken|seized|liberated|stormed|overrun|cleared)\b(?=\s+(?:in|on|by|last|earlier|from|after|during)\b)/giu,
    actor: 'agent',
    place: 'before',
    confidence: 0.65,
  }),
  defineRule({
    name: 'capture-fell-to',
    type: 'capture',
    pattern: /\b(?:fell|fallen|falls|fall|falling)\s+(?:\w+\s+)?(?:to|into\s+the\s+hands\s+of|under\s+the\s+control\s+of)\b/gi,
    extract(input) {
      const { sentence, match } = input;
      const te = match.index + match[0].length;
      const actor = actorAfter(sentence, te, te + 60, /^\s*(?:the\s+)?(?:\w+\s+){0,2}$/);
      const places = placesBefore(sentence, match.index);
      if (!actor || places.length === 0) return null;
      return candidatesFor(input, { name: 'capture-fell-to', type: 'capture', confidence: 0.85 }, actor, places, null);
    },
  }),
  defineRule({
    // "X lost A to B" is a capture by B; "X lost A" alone is a withdrawal (withdrawal.ts).
    name: 'capture-lost-to',
    type: 'capture',
    pattern: /\blos(?:t|es|e|ing)\s+(?:(?:full|all|complete)\s+)?(?:control\s+(?:of|over)\s+)?/gi,
    extract(input) {
      const { sentence, match } = input;
      const te = match.index + match[0].length;
      const end = placeWindow(input, {}, te);
      const rest = sentence.text.slice(te, Math.min(sentence.text.length, end + 80));
      const to = /\bto\s+(?:the\s+)?(?:advancing\s+|\w+-backed\s+)?/i.exec(rest);
      if (!to) return null;
      const winner = actorAfter(sentence, te + to.index, te + to.index + to[0].length + 40, /\bto\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$/i);
      let places = placesIn(sentence, te, te + to.index);
      // "in Raqqa province where the militants have been losing ground to X".
      if (places.length === 0) places = relativeAntecedent(sentence, match.index);
      if (!winner || places.length === 0) return null;
      return candidatesFor(input, { name: 'capture-lost-to', type: 'capture', confidence: 0.8 }, winner, places, null);
    },
  }),
  defineRule({
    // Background: "had been in the hands of the militants since 2015" states an earlier capture.
    name: 'capture-held-since',
    type: 'capture',
    pattern: /\b(?:in\s+the\s+hands\s+of|under\s+(?:the\s+)?control\s+of|under\s+(?:\S+\s+){1,2}control|held\s+by|controlled\s+by)\s+/gi,
    extract(input) {
      const { sentence, match } = input;
      const te = match.index + match[0].length;
      const tail = sentence.text.slice(match.index, te + 80);
      if (!/\bsince\s+(?:\w+\s+)?(?:19|20)\d\d\b|\bfor\s+(?:almost|nearly|about|over|more\s+than)?\s*\w+\s+years\b/i.test(tail)) return null;
      const inside = /\bunder\s+(?:\S+\s+){1,2}control/i.test(match[0]);
      const actor = inside
        ? sentence.actors.find((a) => a.start - sentence.start >= match.index && a.end - sentence.start <= te) ?? null
        : actorAfter(sentence, te - 1, te + 50, /^\s*(?:the\s+)?$/);
      const places = placesBefore(sentence, match.index);
      if (!actor || places.length === 0) return null;
      return candidatesFor(input, { name: 'capture-held-since', type: 'capture', confidence: 0.6 }, actor, places, null);
    },
  }),
];
