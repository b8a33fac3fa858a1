import type { ActorMention, PlaceMention, SentenceView } from './types.ts';

// A clause ends where a new subordinate or coordinate clause starts: the place window of a trigger
// never runs past it (", while …", "; …", " after …", ", which …"); "until after midnight" is a time, not a clause.
const CLAUSE_BREAK =
  /[;:()]|,\s*(?:while|where|whereas|but|as|after|before|which|who|and\s+(?:the|they|it|its|their|a|an)\b|amid|prompting|forcing|killing|leaving|according|said|says|a\s+(?:monitor|source))|(?<!\buntil)\s(?:while|whereas|after|before|amid|as\s+well\s+as|in\s+order\s+to|in\s+an?\s+(?:attempt|bid|effort)|following|because|when|where|which|that\s+(?:is|was|lies)|backed\s+by|supported\s+by|with\s+the\s+support|under\s+the\s+cover|to\s+(?:the\s+)?(?:lift|recapture|capture|seize|retake|reach|liberate|control|secure|cut|protect|prevent|repel))\b|\s[-–—]\s/gi;
// Words right before an actor that make it an object, not the subject of the next verb.
const OBJECT_BEFORE = /\b(?:from|against|of|on|with|by|at|targeting|targeted|toward|towards|into|to|hit|struck|killed|killing|repel(?:led|ling)?|expel(?:led|ling)?|drove|driving|ousting|ousted|out|over|among|for|between|fighting|battling|fought|clashes|attacking|attacked|ambushed|besieging|besieged|encircling|surrounding)\s+(?:the\s+|an?\s+)?(?:remaining\s+|rest\s+of\s+(?:the\s+)?|members\s+of\s+(?:the\s+)?|positions\s+of\s+(?:the\s+)?)?$/i;
// A clause that opens on "units of X" has X's men as its subject.
const UNITS_OF = /(?:^|[,;:]\s*|\b(?:and|while|as|when|where)\s+)(?:the\s+)?(?:[\w-]+\s+)?(?:units|troops|soldiers|fighters|elements|members|columns?)\s+of\s+(?:the\s+)?$/i;
// What joins allied actors named together ("the SAA, Hezbollah and the Tiger Forces", "X backed by Y").
const ALLY_GLUE = /^(?:\s*\([^)]{1,12}\))?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+as\s+well\s+as\s+|\s+along\s+with\s+|\s+together\s+with\s+|\s+with\s+|\s*,?\s*(?:backed|supported|aided|assisted|helped)\s+by\s+|\s+and\s+their\s+|\s*,?\s*and\s+other\s+)(?:the\s+)?(?:its\s+|their\s+)?$/i;

/** The end (local offset) of the clause that starts at `from`, capped by the next trigger. */
export function clauseEnd(sentence: SentenceView, from: number, triggerStarts: readonly number[]): number {
  CLAUSE_BREAK.lastIndex = from;
  const brk = CLAUSE_BREAK.exec(sentence.text);
  let end = brk ? brk.index : sentence.text.length;
  for (const t of triggerStarts) if (t >= from && t < end) end = t;
  return end;
}

/** The start (local offset) of the clause that holds `at`. */
export function clauseStart(sentence: SentenceView, at: number): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m !== null && m.index < at; m = CLAUSE_BREAK.exec(sentence.text)) {
    start = m.index + m[0].length;
  }
  return start;
}

const local = (sentence: SentenceView, abs: number): number => abs - sentence.start;

/** True when the words before the actor make it an object ("from ISIS", "against the army"). */
export function isObjectPosition(sentence: SentenceView, actor: ActorMention): boolean {
  const s = local(sentence, actor.start);
  const before = sentence.text.slice(Math.max(0, s - 40), s);
  // "units of the army, covered by …, have been launching": the army's units are the subject.
  if (UNITS_OF.test(before)) return false;
  return OBJECT_BEFORE.test(before);
}

/** The actors joined to `head` as allies ("X, Y and Z", "X backed by Y"), all of the same side. */
export function alliesOf(sentence: SentenceView, head: ActorMention): ActorMention[] {
  const list = sentence.actors;
  const out: ActorMention[] = [];
  let i = list.indexOf(head);
  let prev = head;
  while (i >= 0 && i + 1 < list.length) {
    const next = list[i + 1]!;
    const glue = sentence.text.slice(local(sentence, prev.end), local(sentence, next.start));
    if (!ALLY_GLUE.test(glue) || (next.side !== head.side && next.side !== 'unknown' && head.side !== 'unknown')) break;
    if (!next.generic) out.push(next);
    prev = next;
    i++;
  }
  return out;
}

/** The head of an allied list that ends with `actor` ("the SAA and the Tiger Forces captured" → the SAA). */
function headOfList(sentence: SentenceView, actor: ActorMention): ActorMention {
  let idx = sentence.actors.indexOf(actor);
  let head = actor;
  while (idx > 0) {
    const before = sentence.actors[idx - 1]!;
    const glue = sentence.text.slice(local(sentence, before.end), local(sentence, head.start));
    if (!ALLY_GLUE.test(glue) || before.side !== head.side) break;
    head = before;
    idx--;
  }
  return head;
}

/**
 * "The troops, which broke the IS siege, reached X": an actor inside a relative clause that closes
 * before the trigger is not the trigger's subject.
 */
function insideRelativeClause(sentence: SentenceView, a: ActorMention, localTrigger: number): boolean {
  const before = sentence.text.slice(0, local(sentence, a.start));
  const opener = Math.max(before.lastIndexOf(', which'), before.lastIndexOf(', who'));
  if (opener < 0 || before.indexOf(',', opener + 1) >= 0) return false;
  return sentence.text.slice(local(sentence, a.end), localTrigger).includes(',');
}

/**
 * The subject of a trigger: the nearest actor before it that is not an object, taken back to the
 * head of its allied list. Null when the sentence names none (coreference fills it later).
 */
export function subjectBefore(sentence: SentenceView, localTrigger: number): ActorMention | null {
  const abs = sentence.start + localTrigger;
  for (let i = sentence.actors.length - 1; i >= 0; i--) {
    const a = sentence.actors[i]!;
    if (a.end > abs) continue;
    // "a campaign by regime forces to clear X": the actor right before a purpose infinitive does it.
    const purpose = /^\s+(?:and\s+(?:its\s+|their\s+)?(?:allies|allied\s+\w+)\s+)?to\s+$/i.test(sentence.text.slice(local(sentence, a.end), localTrigger)) && /\bby\s+(?:the\s+)?$/i.test(sentence.text.slice(Math.max(0, local(sentence, a.start) - 12), local(sentence, a.start)));
    if (!purpose && isObjectPosition(sentence, a)) continue;
    if (insideRelativeClause(sentence, a, localTrigger)) continue;
    return headOfList(sentence, a);
  }
  return null;
}

/** The first actor after the trigger introduced by one of `preps` ("by X", "from X", "against X"). */
export function actorAfter(sentence: SentenceView, from: number, to: number, preps: RegExp): ActorMention | null {
  for (const a of sentence.actors) {
    const s = local(sentence, a.start);
    if (s < from || s >= to) continue;
    if (preps.test(sentence.text.slice(Math.max(from, s - 30), s))) return a;
  }
  return null;
}

/** A hostile actor named anywhere in the sentence, for the opponent slot. */
export function opponentIn(sentence: SentenceView, actor: ActorMention | null): ActorMention | null {
  // An unresolved "they" has no side yet, so nothing in the sentence can be said to oppose it.
  if (!actor || actor.side === 'unknown') return null;
  return sentence.actors.find((a) => a.side !== actor.side && a.side !== 'unknown' && a !== actor) ?? null;
}

/** Places that start before `to` and end after `from` (local offsets): their cue words may reach back over a trigger. */
export function placesIn(sentence: SentenceView, from: number, to: number): PlaceMention[] {
  return sentence.places.filter((p) => local(sentence, p.end) > from && local(sentence, p.start) < to);
}

// What joins the items of one list of places ("A, B and C", "A as well as B").
const PLACE_LIST_GLUE = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as|in\s+addition\s+to|alongside|along\s+with|together\s+with)\s+|\s*,?\s+(?:and\s+)?(?:then|also)\s+|\s*[/–-]\s*)(?:the\s+)?(?:\d+\s+)?$/i;
const joined = (sentence: SentenceView, a: PlaceMention, b: PlaceMention): boolean =>
  PLACE_LIST_GLUE.test(sentence.text.slice(local(sentence, a.end), local(sentence, b.start)));

/**
 * The first place of a window and the places listed with it. A place after "in"/"of"/"near" a
 * listed place is its setting ("Arak gas field in Homs"), not another event.
 */
export function firstList(sentence: SentenceView, places: readonly PlaceMention[]): PlaceMention[] {
  const first = places[0];
  if (!first) return [];
  const out = [first];
  for (let i = 1; i < places.length && joined(sentence, places[i - 1]!, places[i]!); i++) out.push(places[i]!);
  return out;
}

/** The place (or the list of places) that ends nearest before `at`, within its clause (or its sentence). */
export function placesBefore(sentence: SentenceView, at: number, wholeSentence = false): PlaceMention[] {
  const from = wholeSentence ? 0 : clauseStart(sentence, at);
  const inClause = placesIn(sentence, from, at);
  let i = inClause.length - 1;
  if (i < 0) return [];
  while (i > 0 && joined(sentence, inClause[i - 1]!, inClause[i]!)) i--;
  return inClause.slice(i);
}

/**
 * The place a relative clause hangs on: in "Palmyra, which regime forces retook in March" (or "in
 * Raqqa province where the militants have been losing ground"), the trigger's object is the place
 * just before "which"/"where".
 */
export function relativeAntecedent(sentence: SentenceView, at: number): PlaceMention[] {
  const start = clauseStart(sentence, at);
  const lead = /,?\s*(?:which(?:\s+had\s+been|\s+was|\s+were)?|where)\s*$/i.exec(sentence.text.slice(Math.max(0, start - 30), start));
  if (!lead) return [];
  const commaAt = start - lead[0].length;
  // "al-Hail oilfield area which …": a bare area word may sit between the place and "which".
  return placesBefore(sentence, commaAt, true).filter((p) => /^\s*(?:area|region|zone)?\s*[,;]?\s*$/i.test(sentence.text.slice(local(sentence, p.end), commaAt)));
}

