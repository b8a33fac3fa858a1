import type { Side } from '../../model/index.ts';
import type { ActorMention, Candidate, ExtractContext, PlaceMention } from '../types.ts';
import { placesBefore } from '../roles.ts';
import { defineRefiner } from './define.ts';

// How many earlier places an anaphor ("the city") may look back over.
const RECENT_PLACES = 30;
// Sides a "the militants"-style description may stand for: the non-state armed groups.
const MILITANT_SIDES: ReadonlySet<Side> = new Set(['isis', 'hts', 'rebels']);

/** The side that acts most in the report: what a subjectless event defaults to. */
export function mainActor(ctx: ExtractContext, candidates: readonly Candidate[]): ActorMention | null {
  const count = new Map<string, { n: number; actor: ActorMention }>();
  const add = (a: ActorMention, w: number): void => {
    const c = count.get(a.side) ?? { n: 0, actor: a };
    c.n += w;
    count.set(a.side, c);
  };
  for (const c of candidates) if (c.actor && !c.actor.generic && c.type !== 'withdrawal') add(c.actor, 2);
  for (const s of ctx.sentences) for (const a of s.actors) if (!a.generic && a.side !== 'isis') add(a, 1);
  let best: { n: number; actor: ActorMention } | null = null;
  for (const c of count.values()) if (!best || c.n > best.n) best = c;
  return best?.actor ?? null;
}

const placeMatchesAnaphor = (p: PlaceMention, kind: NonNullable<PlaceMention['anaphor']>): boolean => {
  const k = p.kindHint;
  if (kind === 'any') return true;
  if (kind === 'field') return k === 'oil_field' || k === 'gas_field' || k === 'field';
  if (kind === 'city' || kind === 'town' || kind === 'village' || kind === 'populated') {
    return k === undefined || k === 'city' || k === 'town' || k === 'village' || k === 'populated' || k === 'neighbourhood';
  }
  return k === kind;
};

// A sentence that opens on a back-reference goes on with the one before it, even across a paragraph break.
const CONTINUES = /^\s*(?:the\s+(?:advance|attack|assault|operation|offensive|capture|recapture|fighting|battles?|clashes|progress|gains?)|this|these|it|they)\b/i;

/** "These areas are also surrounded": the last list of named places before `at`, in its sentence or the one before. */
function lastListBefore(ctx: ExtractContext, sentenceIndex: number, at: number): PlaceMention[] {
  for (const s of [ctx.sentences[sentenceIndex], ctx.sentences[sentenceIndex - 1]]) {
    if (!s) continue;
    const list = placesBefore(s, Math.min(at, s.end) - s.start, true).filter((p) => !p.anaphor);
    if (list.length > 0) return list;
  }
  return [];
}

/** The most recently named actor of a side hostile to `of`. */
function lastHostileTo(lastMentioned: ReadonlyMap<Side, ActorMention>, of: ActorMention | null): ActorMention | null {
  if (!of) return null;
  let best: ActorMention | null = null;
  for (const [side, a] of lastMentioned) if (side !== of.side && side !== 'unknown' && (!best || a.start > best.start)) best = a;
  return best;
}

/** A place without the relation words around it ("west of X" → X). */
function bare(p: PlaceMention): PlaceMention {
  if (!p.relation && !p.offset) return p;
  const { relation: _relation, offset: _offset, ...rest } = p;
  return { ...rest, text: p.name };
}

/** The most recently named actor of any side. */
function lastOf(lastMentioned: ReadonlyMap<Side, ActorMention>): ActorMention | null {
  let best: ActorMention | null = null;
  for (const a of lastMentioned.values()) if (!best || a.start > best.start) best = a;
  return best;
}

/**
 * The places of the last event told before `c` in its paragraph (or in the sentence before, when
 * `c`'s opens on a back-reference), the whole list when that event named several ("took A and B.
 * Dozens were killed": both).
 */
function contextOf(earlier: readonly Candidate[], c: Candidate): { places: PlaceMention[]; event?: Candidate } {
  // A place named earlier in the same sentence comes first ("the fall of X came after … dozens were killed").
  const own = c.sentence.places.filter((p) => !p.anaphor && p.end <= c.trigger[0]).at(-1);
  if (own) return { places: [own] };
  for (let i = earlier.length - 1; i >= 0; i--) {
    const e = earlier[i]!;
    if (e.trigger[0] >= c.trigger[0]) continue;
    const continues = e.sentence.index === c.sentence.index - 1 && CONTINUES.test(c.sentence.text);
    if (e.sentence.paragraph !== c.sentence.paragraph && !continues) return { places: [] };
    if (!e.place || e.place.anaphor === 'context') continue;
    // The candidates of one trigger sit side by side: walk back over them only (no scan of the report).
    const list = new Map<number, PlaceMention>();
    for (let j = i; j >= 0 && earlier[j]!.trigger[0] === e.trigger[0]; j--) {
      const p = earlier[j]!.place;
      if (p && p.anaphor !== 'context') list.set(p.start, p);
    }
    return { places: [...list.values()].reverse(), event: e };
  }
  return { places: [] };
}

/**
 * Resolves descriptions and pronouns: "they" → the last acting actor, "the militants" → the last
 * named militant group, "the army" → the last named government actor, no subject → the report's
 * main actor; "the city", "the field" → the last place of that kind.
 */
export const coreference = defineRefiner({
  name: 'coreference',
  refine(ctx, candidates) {
    const main = mainActor(ctx, candidates);
    const sorted = [...candidates].sort((a, b) => a.trigger[0] - b.trigger[0]);
    const allActors = ctx.sentences.flatMap((s) => s.actors.filter((a) => a.side !== 'unknown'));
    const allPlaces = ctx.sentences.flatMap((s) => s.places.filter((p) => !p.anaphor));
    // Candidates come in text order, so the last named actor per side and the last place per kind
    // are kept up to date with two cursors: one pass over the report, not one per candidate.
    const lastBySide = new Map<Side, ActorMention>();
    const lastMentioned = new Map<Side, ActorMention>();
    let lastMilitant: ActorMention | null = null;
    let actorCursor = 0;
    const lastPlaces: PlaceMention[] = [];
    let placeCursor = 0;
    let lastSubject: ActorMention | null = null;
    const out: Candidate[] = [];
    for (const c of sorted) {
      const at = c.trigger[0];
      for (; actorCursor < allActors.length && allActors[actorCursor]!.start < at; actorCursor++) {
        const a = allActors[actorCursor]!;
        // Descriptions ("the terrorist organization") count only as the last of their side, never as a name.
        lastMentioned.set(a.side, a);
        if (a.generic) continue;
        lastBySide.set(a.side, a);
        if (MILITANT_SIDES.has(a.side)) lastMilitant = a;
      }
      let actor = c.actor;
      if (actor?.generic) {
        // "they" withdrawing are whoever was named last ("Daesh was seen fleeing. They are fleeing because …").
        if (actor.side === 'unknown') actor = (c.type === 'withdrawal' ? lastOf(lastMentioned) : null) ?? lastSubject ?? main;
        else if (MILITANT_SIDES.has(actor.side)) actor = lastMilitant ? { ...actor, side: lastMilitant.side } : actor;
        else {
          const ref = lastBySide.get(actor.side);
          actor = ref ? { ...actor, name: ref.name } : actor;
        }
      }
      // A withdrawal with no subject ("its members were fleeing") is the side the last actor fought.
      if (!actor && c.type === 'withdrawal') actor = lastHostileTo(lastMentioned, lastSubject ?? main);
      actor ??= lastSubject ?? main;
      // A guessed actor on its own opponent's side is the wrong antecedent: take the side that opponent fought.
      // The same holds for an actor named inside the trigger's words ("drive IS out of X", "lift the IS siege").
      const guessed = !c.actor || (c.actor.generic && c.actor.side === 'unknown');
      const against = c.opponent ?? c.sentence.actors.find((a) => a.side !== 'unknown' && a.start >= c.trigger[0] && a.end <= c.trigger[1]) ?? null;
      if (guessed && actor && against && actor.side === against.side) actor = lastHostileTo(lastMentioned, against);
      if (!actor || actor.side === 'unknown') {
        ctx.debug(() => `coreference: dropped ${c.rule} at ${c.trigger[0]}: no actor`);
        continue;
      }
      let place = c.place;
      if (place?.anaphor === 'context' || place?.anaphor === 'list') {
        const { places, event } = place.anaphor === 'list' ? { places: lastListBefore(ctx, c.sentence.index, place.start), event: undefined } : contextOf(out, c);
        if (places.length === 0) {
          ctx.debug(() => `coreference: dropped ${c.rule} at ${c.trigger[0]}: no earlier event in its paragraph`);
          continue;
        }
        if (c.type !== 'withdrawal' && (!c.actor || !c.actor.generic || c.actor.side !== 'unknown')) lastSubject = actor;
        const head = actor;
        for (const p of places) out.push({ ...c, actor: head, place: p, allies: c.allies.filter((a) => a.side === head.side), ...(event ? { context: event } : {}) });
        continue;
      }
      if (place?.anaphor) {
        const kind = place.anaphor;
        const before = place.start;
        for (; placeCursor < allPlaces.length && allPlaces[placeCursor]!.start < before; placeCursor++) {
          lastPlaces.push(allPlaces[placeCursor]!);
          if (lastPlaces.length > RECENT_PLACES) lastPlaces.shift();
        }
        const ref = [...lastPlaces].reverse().find((p) => placeMatchesAnaphor(p, kind));
        if (!ref) {
          ctx.debug(() => `coreference: dropped ${c.rule}: "${place?.text}" has no antecedent`);
          continue;
        }
        // "areas south of it" keeps its own words and stays near the antecedent, not at it.
        // "the town" after "west of Sukhna" is Sukhna itself, not the area near it.
        place = place.relation === 'near' ? { ...ref, relation: 'near', text: place.text.replace(/\bit$/, ref.text).replace(/^its\s+(.+)$/i, `$1 of ${ref.text}`), start: place.start, end: place.end } : bare(ref);
      }
      if (c.type !== 'withdrawal' && (!c.actor || !c.actor.generic || c.actor.side !== 'unknown')) lastSubject = actor;
      const head = actor;
      out.push({ ...c, actor: head, place, allies: c.allies.filter((a) => a.side === head.side) });
    }
    return out;
  },
});
