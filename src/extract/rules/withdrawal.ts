import { actorAfter } from '../roles.ts';
import type { ActorMention } from '../types.ts';
import type { Rule, RuleInput } from './define.ts';
import { triggerRule } from './trigger-rule.ts';

// "forced the organization … to withdraw": the one forced is the one withdrawing.
const FORCED_TO = /\b(?:forc(?:ed|ing|e)|compel(?:led|ling|s)?|push(?:ed|ing)?|oblig(?:ed|ing))\s+([^.;]{1,160}?)\s+to\s+$/i;

/** The object of "forced X to", when the trigger is the verb after "to". */
export function forcedActor(input: RuleInput, actor: ActorMention | null): ActorMention | null {
  const { sentence, match } = input;
  const before = sentence.text.slice(Math.max(0, match.index - 200), match.index);
  const forced = FORCED_TO.exec(before);
  if (!forced) return actor;
  const from = sentence.start + match.index - before.length + forced.index;
  const to = sentence.start + match.index;
  return sentence.actors.find((a) => a.start > from && a.end <= to && a.side !== 'unknown') ?? actor;
}

/** Withdrawal rules: a side leaves a place ("withdrew from", "fled", "lost X" with no winner). */
export const WITHDRAWAL_RULES: readonly Rule[] = [
  triggerRule({
    name: 'withdrawal-from',
    type: 'withdrawal',
    pattern: /\b(?:withdr[ae]w(?:n|s|ing|al)?|pull(?:ed|s|ing)?\s+(?:out|back)|retreat(?:ed|s|ing)?|fled|flee(?:s|ing)?|evacuat(?:ed|es|ing|e)|abandon(?:ed|s|ing)?|pulling\s+out|reced(?:e|ed|es|ing)|f(?:ell|all|alling|alls)\s+back|(?:pushed|driven|thrown|beaten)\s+back)\b/gi,
    actor: 'subject',
    place: 'after',
    contextPlace: 'always',
    confidence: 0.75,
    // "withdrew from A towards B": B is where they went, not what they left.
    windowStop: /\b(?:towards?|to\s+(?:the\s+)?(?:areas?|positions?|their)|into)\b/i,
    vetoAfter: /^\s+(?:of\s+)?(?:civilians|residents|families|the\s+wounded)\b/i,
    adjustActor: forcedActor,
    // Civilians fleeing are not a side withdrawing.
    vetoBefore: /\b(?:people|civilians|residents|families|displaced|refugees|who|thousands|hundreds)\s+(?:\w+\s+){0,2}$/i,
  }),
  triggerRule({
    name: 'withdrawal-lost',
    type: 'withdrawal',
    // "lost control of X", "lost major cities such as A, B and C": a loss with no winner named.
    pattern: /\blos(?:t|es|e|ing)\s+(?:(?:\w+\s+){0,2}control\s+(?:of|over)|(?:(?:all|major|key|several|many|most|its|their|the|main|last|remaining|strategic)\s+){0,3}(?:cities|towns|villages|strongholds|bases|fields|positions|areas)\s+(?:such\s+as|including|like|of|in))\b/gi,
    actor: 'subject',
    place: 'after',
    confidence: 0.7,
    // "lost A to B" is B's capture only (capture.ts, gold convention): no withdrawal beside it.
    windowStop: /\bto\s+(?:the\s+)?(?:advancing\s+)?/i,
    accept: ({ sentence, match }) => actorAfter(sentence, match.index + match[0].length, sentence.text.length, /\bto\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}$/i) === null,
  }),
];
