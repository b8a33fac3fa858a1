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
  triggerRule({
    // A ground raid on a position; "raids by the warplanes" are air strikes (airstrike.ts).
    name: 'attack-raid',
    type: 'attack',
    pattern: /\b(?:raid(?:ed|s|ing)?|commando\s+operations?)\b/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.55,
    vetoBefore: /\b(?:air|aerial)\s*$/i,
    vetoAfter: /^\s+(?:(?:carried\s+out\s+|launched\s+)?by\s+(?:the\s+)?(?:\w+\s+){0,2}(?:warplanes|planes|jets|aircraft|helicopters|drones|air\s+force))\b/i,
  }),
  triggerRule({
    // Striking a side's vehicles or men on the move: "targeted two Daesh pickup trucks on the road to X".
    name: 'attack-vehicles',
    type: 'attack',
    pattern: /\b(?:target(?:ed|ing|s)?|destroy(?:ed|ing|s)?|hit(?:ting)?)\s+(?:an?\s+|two\s+|three\s+|several\s+|\d+\s+|the\s+)?(?:[\w’'-]+\s+){0,3}?(?:vehicles?|trucks?|pickups?|convoys?|tanks?|cars?|bulldozers?|armou?red\s+vehicles?)\b/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.55,
    // "killing ISIS fighters and destroying their weapons" is the toll of a clash, not an attack of its own.
    vetoBefore: /\band\s*$/i,
    windowOverTriggers: true,
  }),
  triggerRule({
    // An attack its attacker is named with: "a major ISIS attack on X", "IS started counter-attacking in X".
    name: 'attack-named-attacker',
    type: 'attack',
    pattern: /\b(?:counter-?attack(?:s|ed|ing)?|attacks?(?=\s+(?:on|against)\b))/gi,
    actor: 'subject',
    place: 'after-or-before',
    confidence: 0.5,
    accept: ({ sentence, match }) => /counter/i.test(match[0]) || sentence.actors.some((a) => a.side !== 'unknown' && !a.generic && match.index - (a.end - sentence.start) >= 0 && match.index - (a.end - sentence.start) <= 12),
  }),
];
