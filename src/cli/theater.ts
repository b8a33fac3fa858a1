import { hostileExceptAllies, type HostilityRule } from '../analysis/hostility.ts';
import { createActorMatcher, type ActorMatcher } from '../extract/mentions/actors.ts';
import type { Side } from '../model/index.ts';
import { SYRIA_ALLIES } from '../theater/syria/alliances.ts';
import { syriaTheater } from '../theater/syria/index.ts';

/** What the commands take from the Syria pack: who fights whom, and the actor lexicon. */
export const syriaHostility: HostilityRule = hostileExceptAllies(SYRIA_ALLIES);

let matcher: ActorMatcher | undefined;

/** The side of the first actor the Syria lexicon finds in a text ("the regime forces" → government), for claim checks. */
export function actorSideIn(text: string): Side | null {
  matcher ??= createActorMatcher(syriaTheater);
  return matcher.find(text, 0)[0]?.side ?? null;
}
