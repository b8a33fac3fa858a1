import type { Side } from '../../model/index.ts';
import type { ActorMention, Candidate, ExtractContext, PlaceMention } from '../types.ts';
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
  if (kind === 'field') return k === 'oil_field' || k === 'gas_field' || k === 'field';
  if (kind === 'city' || kind === 'town' || kind === 'village' || kind === 'populated') {
    return k === undefined || k === 'city' || k === 'town' || k === 'village' || k === 'populated' || k === 'neighbourhood';
  }
  return k === kind;
};

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
    const allActors = ctx.sentences.flatMap((s) => s.actors.filter((a) => !a.generic));
    const allPlaces = ctx.sentences.flatMap((s) => s.places.filter((p) => !p.anaphor));
    // Candidates come in text order, so the last named actor per side and the last place per kind
    // are kept up to date with two cursors: one pass over the report, not one per candidate.
    const lastBySide = new Map<Side, ActorMention>();
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
        lastBySide.set(a.side, a);
        if (MILITANT_SIDES.has(a.side)) lastMilitant = a;
      }
      let actor = c.actor;
      if (actor?.generic) {
        if (actor.side === 'unknown') actor = lastSubject ?? main;
        else if (MILITANT_SIDES.has(actor.side)) actor = lastMilitant ? { ...actor, side: lastMilitant.side } : actor;
        else {
          const ref = lastBySide.get(actor.side);
          actor = ref ? { ...actor, name: ref.name } : actor;
        }
      }
      actor ??= lastSubject ?? main;
      if (!actor || actor.side === 'unknown') {
        ctx.debug(() => `coreference: dropped ${c.rule} at ${c.trigger[0]}: no actor`);
        continue;
      }
      let place = c.place;
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
        place = ref;
      }
      if (c.type !== 'withdrawal' && (!c.actor || !c.actor.generic || c.actor.side !== 'unknown')) lastSubject = actor;
      const head = actor;
      out.push({ ...c, actor: head, place, allies: c.allies.filter((a) => a.side === head.side) });
    }
    return out;
  },
});
