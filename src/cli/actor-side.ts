import { createActorMatcher, type ActorMatcher } from '../extract/mentions/actors.ts';
import type { Side } from '../model/index.ts';
import { syriaTheater } from '../theater/syria/index.ts';

let matcher: ActorMatcher | undefined;

/** The side of the first actor the Syria lexicon finds in a text ("the regime forces" → government), for claim checks. */
export function actorSideIn(text: string): Side | null {
  matcher ??= createActorMatcher(syriaTheater);
  return matcher.find(text, 0)[0]?.side ?? null;
}
