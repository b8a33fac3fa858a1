import type { EventType } from '../../model/index.ts';
import { actorAfter, alliesOf, clauseEnd, firstList, opponentIn, placesBefore, placesIn, relativeAntecedent, subjectBefore } from '../roles.ts';
import type { ActorMention, Candidate, PlaceMention } from '../types.ts';
import { defineRule, type Rule, type RuleInput } from './define.ts';

/** Where a trigger's actor stands in the sentence. */
export type ActorRole =
  /** Active voice: the nearest non-object actor before the trigger ("the army captured X"). */
  | 'subject'
  /** Passive voice: the agent after "by" ("X was captured by the army"), else the subject. */
  | 'agent';

/** Where a trigger's place stands. */
export type PlaceRole = 'after' | 'before' | 'after-or-before';

/** A trigger row: the data that makes most rules (STYLE.md: lexicons as typed data). */
export interface TriggerSpec {
  name: string;
  type: EventType;
  subtype?: string;
  pattern: RegExp;
  actor: ActorRole;
  place: PlaceRole;
  confidence?: number;
  /** Words right before a place in the window that disqualify it ("from X" for an advance's origin). */
  skipPlaceAfter?: RegExp;
  /** Text that ends the place window early ("towards" ends a withdrawal's places). */
  windowStop?: RegExp;
  /** Other triggers do not end this one's window ("jets bombarded X": the verb belongs to the jets). */
  windowOverTriggers?: boolean;
  /** With no place after it, the trigger may take the last place of its sentence ("took X, backed by airstrikes"). */
  beforeAcrossClauses?: boolean;
  /**
   * With no place of its own, the event happened where the paragraph's last event did (coreference
   * resolves it): `always`, or only in a sentence that names no place at all (`placeless-sentence`).
   */
  contextPlace?: 'always' | 'placeless-sentence';
  /** Places inside the trigger's own words count ("breaking Deir Ezzor siege"). */
  placesInTrigger?: boolean;
  /** Let the place window run through a purpose clause ("an offensive to recapture X" is fought at X). */
  throughPurpose?: boolean;
  /** Words just before the trigger that veto it ("areas controlled" is a description, not an event). */
  vetoBefore?: RegExp;
  /** Words just after the trigger that veto it. */
  vetoAfter?: RegExp;
  /** A last check on the whole match ("a toll counts only when fighters of a side died"). */
  accept?: (input: RuleInput) => boolean;
  /** Picks a different actor once roles are read (e.g. the weapon's owner for air strikes). */
  adjustActor?: (input: RuleInput, actor: ActorMention | null) => ActorMention | null;
}

const PURPOSE = /^\s*(?:in\s+order\s+)?to\s+(?:re)?(?:capture|take|liberate|clear|retake|recapture|seize|drive|expel|oust|control)\b/i;
const BY_AGENT = /\bby\s+(?:the\s+)?(?:\w+\s+){0,2}$/i;
const FROM_OR_AGAINST = /\b(?:from|against|with|on|targeting|at)\s+(?:the\s+)?(?:\w+\s+){0,3}$/i;
// "retreating ISIS militants", "fleeing Daesh fighters": the actor is the word after an -ing trigger.
const ADJECTIVAL_TRIGGER = /ing$/i;

/** The place window of a trigger: from its end to the end of its clause (or `windowStop`). */
export function placeWindow(input: RuleInput, spec: Pick<TriggerSpec, 'windowStop' | 'throughPurpose' | 'windowOverTriggers'>, from: number): number {
  const later = spec.windowOverTriggers ? [] : input.triggerStarts.filter((t) => t >= from);
  let end = clauseEnd(input.sentence, from, later);
  const purpose = spec.throughPurpose ? PURPOSE.exec(input.sentence.text.slice(end, end + 30)) : null;
  if (purpose) end = clauseEnd(input.sentence, end + purpose[0].length, later.filter((t) => t > end + purpose[0].length));
  if (spec.windowStop) {
    const rest = input.sentence.text.slice(from, end);
    const stop = spec.windowStop.exec(rest);
    if (stop) end = from + stop.index;
  }
  return end;
}

/** The stand-in place of a trigger that names none: coreference gives it the paragraph's last event place. */
function contextPlace(start: number, end: number): PlaceMention {
  return { start, end, text: '', name: '', anaphor: 'context' };
}

/** Whether a trigger that found no place may take one from the context (see `TriggerSpec.contextPlace`). */
function takesContextPlace(spec: Pick<TriggerSpec, 'contextPlace'>, sentence: RuleInput['sentence']): boolean {
  if (spec.contextPlace === 'always') return true;
  return spec.contextPlace === 'placeless-sentence' && !sentence.places.some((p) => !p.anaphor);
}

/** Builds one candidate per place for a resolved actor (the list convention). */
export function candidatesFor(
  input: RuleInput,
  spec: Pick<TriggerSpec, 'name' | 'type' | 'subtype' | 'confidence'>,
  actor: ActorMention | null,
  places: readonly PlaceMention[],
  opponent: ActorMention | null,
): Candidate[] {
  const { sentence, match } = input;
  const trigger: [number, number] = [sentence.start + match.index, sentence.start + match.index + match[0].length];
  return places.map((place) => ({
    type: spec.type,
    subtype: spec.subtype ?? null,
    rule: spec.name,
    sentence,
    trigger,
    actor,
    allies: actor ? alliesOf(sentence, actor) : [],
    opponent,
    place,
    modality: 'asserted',
    confidence: spec.confidence ?? 0.7,
  }));
}

/**
 * Turns a trigger row into a rule: read the actor by voice, the places in the trigger's window
 * (or before it), the opponent after "from"/"against", and emit one candidate per place.
 *
 * @example triggerRule({ name: 'capture-active', type: 'capture', pattern: /\bcaptured\b/gi, actor: 'subject', place: 'after' })
 */
export function triggerRule(spec: TriggerSpec): Rule {
  return defineRule({
    name: spec.name,
    type: spec.type,
    pattern: spec.pattern,
    placeFromContext: spec.contextPlace !== undefined,
    extract(input) {
      const { sentence, match } = input;
      const ts = match.index;
      const te = ts + match[0].length;
      if (spec.vetoBefore?.test(sentence.text.slice(Math.max(0, ts - 40), ts))) return null;
      if (spec.vetoAfter?.test(sentence.text.slice(te, te + 40))) return null;
      if (spec.accept && !spec.accept(input)) return null;
      const windowEnd = placeWindow(input, spec, te);
      let places = spec.place === 'before' ? [] : placesIn(sentence, spec.placesInTrigger ? ts : te, windowEnd);
      if (spec.skipPlaceAfter) {
        const skip = spec.skipPlaceAfter;
        places = places.filter((p) => !skip.test(sentence.text.slice(Math.max(te, p.start - sentence.start - 25), p.start - sentence.start)));
      }
      places = firstList(sentence, places);
      if (places.length === 0 && spec.place !== 'after') places = placesBefore(sentence, ts, spec.beforeAcrossClauses === true);
      if (places.length === 0) places = relativeAntecedent(sentence, ts);
      if (places.length === 0 && takesContextPlace(spec, sentence)) places = [contextPlace(sentence.start + ts, sentence.start + te)];
      if (places.length === 0) return null;
      let actor: ActorMention | null = null;
      const right = sentence.actors.find((a) => a.start - sentence.start >= te && a.start - sentence.start <= te + 5);
      if (right && ADJECTIVAL_TRIGGER.test(match[0]) && !/^\s*(?:the|by|from|of)\b/i.test(sentence.text.slice(te, te + 6))) actor = right;
      if (!actor && spec.actor === 'agent') actor = actorAfter(sentence, te, sentence.text.length, BY_AGENT);
      if (!actor) actor = subjectBefore(sentence, ts);
      if (spec.adjustActor) actor = spec.adjustActor(input, actor);
      const opponent = actorAfter(sentence, te, sentence.text.length, FROM_OR_AGAINST) ?? opponentIn(sentence, actor);
      return candidatesFor(input, spec, actor, places, opponent && opponent !== actor ? opponent : null);
    },
  });
}
