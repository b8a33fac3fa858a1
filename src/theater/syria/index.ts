import type { TheaterPack } from '../pack.ts';
import { SYRIA_ACTORS, SYRIA_ACTOR_MODIFIERS } from './actors.ts';

/**
 * The Syria 2017 theater pack: actors with sides (places are added by the gazetteer in `places.ts`).
 *
 * @example syriaTheater.actors.find((a) => a.aliases.includes('Daesh'))?.side // 'isis'
 */
export const syriaTheater: TheaterPack = {
  id: 'syria',
  actors: SYRIA_ACTORS,
  modifiers: SYRIA_ACTOR_MODIFIERS,
};

export { SYRIA_ACTORS, SYRIA_ACTOR_MODIFIERS };
