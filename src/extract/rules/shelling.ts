import type { ActorModifier } from '../../theater/pack.ts';
import type { Rule } from './define.ts';
import { triggerRule } from './trigger-rule.ts';
import { weaponOwner } from './weapon-owner.ts';

/** Shelling rules: artillery, rockets, missiles, mortars fired at a place. */
export function shellingRules(modifiers: readonly ActorModifier[]): Rule[] {
  return [
    triggerRule({
      name: 'shelling',
      type: 'shelling',
      pattern: /\b(?:shell(?:ed|ing|s)?|artillery|rocket(?:s|ed)?|missiles?|mortars?|barrages?|bombard(?:ed|ing|ment|ments)?|pound(?:ed|ing)|surface-to-surface|ground-to-ground|land-to-land)\b/gi,
      actor: 'agent',
      place: 'after-or-before',
      contextPlace: 'placeless-sentence',
      confidence: 0.7,
      // "jets bombarded X" is the jets' air strike (airstrike.ts), not shelling.
      vetoBefore: /\b(?:jets?|warplanes?|planes?|aircraft|helicopters?|drones?|air\s+force)\s+(?:\w+\s+){0,2}$/i,
      adjustActor: (input, actor) => weaponOwner(input.sentence, input.match.index, modifiers) ?? actor,
    }),
  ];
}
