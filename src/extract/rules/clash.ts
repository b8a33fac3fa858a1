import { isObjectPosition, subjectBefore } from '../roles.ts';
import type { ActorMention } from '../types.ts';
import type { Rule, RuleInput } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

const BETWEEN = /\bbetween\s+(?:the\s+)?$/i;

/** "clashes between A and B": A acts. Otherwise the subject, if any. */
function betweenActor(input: RuleInput, actor: ActorMention | null): ActorMention | null {
  const { sentence, match } = input;
  const te = sentence.start + match.index + match[0].length;
  for (const a of sentence.actors) {
    if (a.start < te || a.start > te + 120) continue;
    const before = sentence.text.slice(Math.max(0, a.start - sentence.start - 20), a.start - sentence.start);
    if (BETWEEN.test(before)) return a;
  }
  // "The battle for X intensified as pro-regime forces pressed on": with no subject before it, the one after.
  const subject = actor ?? subjectBefore(sentence, match.index) ?? sentence.actors.find((a) => a.start >= te && a.side !== 'unknown' && !isObjectPosition(sentence, a)) ?? null;
  // "Rebels and government forces fought": the first of two opposed subjects is the one named as acting.
  const idx = subject ? sentence.actors.indexOf(subject) : -1;
  const previous = idx > 0 ? sentence.actors[idx - 1]! : null;
  if (subject && previous && previous.side !== subject.side && /^\s+(?:\w+\s+)?and\s+(?:the\s+)?$/i.test(sentence.text.slice(previous.end - sentence.start, subject.start - sentence.start))) {
    return previous;
  }
  return subject;
}

const VICTIM_REACH = 60;

/** The militant actor killed in a toll ("killing dozens of ISIS terrorists", "extremists were killed"). */
function victimOf(input: RuleInput): ActorMention | null {
  const { sentence, match } = input;
  const ts = sentence.start + match.index;
  const te = ts + match[0].length;
  return sentence.actors.find((a) => a.side !== 'unknown' && a.side !== 'government' && a.end >= ts - VICTIM_REACH && a.start <= te + VICTIM_REACH) ?? null;
}

/** Clash rules: fighting between sides at a place; an offensive against a place with fighting implied. */
export const CLASH_RULES: readonly Rule[] = [
  triggerRule({
    name: 'clash-fighting',
    type: 'clash',
    pattern: /\b(?:clash(?:es|ed|ing)?|battl(?:e|es|ed|ing)|fight(?:ing|s)?|fought|confrontations?|engag(?:ed|ements?|ing)|skirmish(?:es)?|counter-?attack(?:s|ed|ing)?|attack(?:s|ed|ing)?|assaults?|repel(?:led|ling|s)?|repuls(?:ed|ing)|combat|exchanges?\s+of\s+fire)\b/gi,
    actor: 'agent',
    place: 'after',
    contextPlace: 'placeless-sentence',
    confidence: 0.65,
    adjustActor: betweenActor,
    vetoAfter: /^\s+(?:jets?|helicopters?|aircraft|drones?|units?|teams?|rifles?|groups?|vehicles?|boats?|squads?)\b/i,
    skipPlaceAfter: /\b(?:from|towards?)\s+(?:the\s+)?$/i,
  }),
  triggerRule({
    // A toll at a place is a clash there (gold convention): the killers are the acting side.
    name: 'clash-toll',
    type: 'clash',
    pattern: /\b(?:killed|killing|wounded|injured|eliminated|eliminating|neutrali[sz]ed)\b/gi,
    actor: 'subject',
    place: 'after-or-before',
    contextPlace: 'always',
    confidence: 0.5,
    accept: (input) => victimOf(input) !== null && !/\b(?:civilians?|children|women|people|residents|journalists?)\b/i.test(input.match.input.slice(Math.max(0, input.match.index - 50), input.match.index + 60)),
    adjustActor: (input, actor) => {
      const victim = victimOf(input);
      return actor && victim && actor.side === victim.side ? null : actor;
    },
  }),
  triggerRule({
    name: 'clash-offensive',
    type: 'clash',
    pattern: /\b(?:offensive|(?:military\s+)?operations?|campaign|push|onslaught)\b(?=[^.;]{0,60}?\b(?:on|against|in|into|to\s+(?:re)?(?:capture|take|liberate|clear|retake|seize|drive|expel|oust)|for)\b)/gi,
    actor: 'agent',
    place: 'after',
    confidence: 0.55,
    adjustActor: betweenActor,
    // The offensive's goal ("to recapture X") is its battlefield: the window runs through it.
    throughPurpose: true,
    windowStop: /\b(?:to\s+lift|to\s+break|to\s+reach)\b/i,
  }),
];
