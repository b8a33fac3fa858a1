import type { Side } from '../../model/index.ts';
import type { ActorModifier } from '../../theater/pack.ts';
import type { ActorMention } from '../types.ts';
import type { Rule } from './define.ts';
import { triggerRule } from './trigger-rule.ts';
import { weaponOwner } from './weapon-owner.ts';

// Sides with no air force of their own in this theater: a strike "by" them is read as their backer's.
const AIR_BACKER: Partial<Record<Side, Side>> = { sdf: 'us_coalition' };
const GROUND_ONLY: ReadonlySet<Side> = new Set(['isis', 'rebels', 'hts']);

/** Air and drone strike rules; the actor is the weapon's owner when an adjective names it. */
export function airstrikeRules(modifiers: readonly ActorModifier[]): Rule[] {
  return [
    triggerRule({
      name: 'airstrike',
      type: 'airstrike',
      pattern: /\b(?:air\s*-?\s*strikes?|airstrikes?|air\s+raids?|airraids?|(?:war)?planes|warjets?|(?:fighter\s+)?jets|bombers|helicopters?|drones?\s+strikes?|drone\s+attacks?|aerial\s+(?:bombardment|bombing|attacks?)|air\s+force\s+(?:struck|targeted|bombed|pounded)|barrel\s+bombs?)\b/gi,
      actor: 'agent',
      place: 'after-or-before',
      windowOverTriggers: true,
      beforeAcrossClauses: true,
      contextPlace: 'placeless-sentence',
      confidence: 0.7,
      vetoAfter: /^\s+(?:support|cover|defen[cs]e)\b/i,
      adjustActor(input, actor): ActorMention | null {
        const owner = weaponOwner(input.sentence, input.match.index, modifiers) ?? actor;
        if (!owner) return null;
        const backer = AIR_BACKER[owner.side];
        if (backer) return { ...owner, name: 'US-led coalition', side: backer };
        return GROUND_ONLY.has(owner.side) ? null : owner;
      },
    }),
  ];
}
