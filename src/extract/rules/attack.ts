import type { Rule } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

/** One-sided attack rules: ambush, IED, suicide or car bomb, execution, assassination. */
export const ATTACK_RULES: readonly Rule[] = [
  triggerRule({
    name: 'attack-one-sided',
    type: 'attack',
    pattern: /\b(?:ambush(?:ed|es|ing)?|IEDs?|improvised\s+explosive\s+devices?|roadside\s+bombs?|car\s+bomb(?:s|ings?)?|VBIEDs?|suicide\s+(?:attacks?|bomb(?:er|ers|ings?)?|car(?:\s+bombs?)?|vests?)|booby[-\s]trap(?:ped|s)?|landmines?|land\s+mines?|execut(?:ed|ion|ions|ing)|assassinat(?:ed|ion|ions|ing)|sniper\s+fire|kidnapp(?:ed|ing))\b/gi,
    actor: 'agent',
    place: 'after-or-before',
    confidence: 0.6,
    // Clearing, finding or seizing explosives is not an attack.
    vetoBefore: /\b(?:dismantl\w*|clear\w*|remov\w*|defus\w*|found|find\w*|seiz\w*|detonat\w+\s+safely|planted\s+by)\b[^.;]{0,40}$/i,
  }),
];
