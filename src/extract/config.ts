import type { TheaterPack } from '../theater/pack.ts';
import { coreference } from './refiners/coreference.ts';
import { attachDates } from './refiners/dates.ts';
import { dedup } from './refiners/dedup.ts';
import type { Refiner } from './refiners/define.ts';
import { geocoding } from './refiners/geocoding.ts';
import { dropNegated, modality } from './refiners/modality.ts';
import { ADVANCE_RULES } from './rules/advance.ts';
import { airstrikeRules } from './rules/airstrike.ts';
import { ATTACK_RULES } from './rules/attack.ts';
import { CAPTURE_RULES } from './rules/capture.ts';
import { CLASH_RULES } from './rules/clash.ts';
import type { Rule } from './rules/define.ts';
import { OTHER_RULES } from './rules/other.ts';
import { shellingRules } from './rules/shelling.ts';
import { SIEGE_RULES } from './rules/siege.ts';
import { WITHDRAWAL_RULES } from './rules/withdrawal.ts';

/** The extraction pipeline: rules (any order: each proposes candidates) then refiners (order matters). */
export interface ExtractConfig {
  rules: readonly Rule[];
  refiners: readonly Refiner[];
}

/**
 * The default pipeline for a theater pack.
 *
 * @example createConfig(syriaTheater).rules.map((r) => r.name).includes('capture-active') // true
 */
export function createConfig(pack: TheaterPack): ExtractConfig {
  return {
    rules: [
      ...CAPTURE_RULES,
      ...WITHDRAWAL_RULES,
      ...CLASH_RULES,
      ...airstrikeRules(pack.modifiers),
      ...shellingRules(pack.modifiers),
      ...ADVANCE_RULES,
      ...SIEGE_RULES,
      ...ATTACK_RULES,
      ...OTHER_RULES,
    ],
    refiners: [
      modality, // reads the raw words before triggers; must precede coreference, which may rewrite actors
      dropNegated,
      coreference, // fills missing actors and "the city"-style places before anything keys on them
      attachDates, // needs the citation found by modality
      geocoding, // needs resolved places; its "nearby" points follow text order
      dedup, // last: keys on resolved sides and gazetteer ids
    ],
  };
}
