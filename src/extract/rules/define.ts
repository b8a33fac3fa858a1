import type { EventType } from '../../model/index.ts';
import type { Candidate, ExtractContext, SentenceView } from '../types.ts';

/** What a rule sees when its trigger matched: the sentence, the match, and every trigger span of the sentence. */
export interface RuleInput {
  ctx: ExtractContext;
  sentence: SentenceView;
  /** The trigger match, offsets local to `sentence.text`. */
  match: RegExpExecArray;
  /** Start offsets (local) of all triggers in this sentence, sorted: a role window stops at the next one. */
  triggerStarts: readonly number[];
}

/**
 * One extraction rule, chrono-style: a named, precompiled trigger pattern and a function that turns
 * a match into candidate events, or null ("not mine"). A rule never throws on text.
 */
export interface Rule {
  name: string;
  type: EventType;
  /** Global regex, compiled once. */
  pattern: RegExp;
  /** The rule may fire in a sentence that names no place (its place comes from the context). */
  placeFromContext?: boolean;
  extract(input: RuleInput): Candidate[] | null;
}

/** Types a rule literal (no behaviour: keeps rule files declarative). */
export function defineRule(rule: Rule): Rule {
  if (!rule.pattern.global) throw new Error(`[frontwatch] [extract] rule ${rule.name}: pattern must be global`);
  return rule;
}
