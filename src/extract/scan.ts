import type { Rule } from './rules/define.ts';
import type { Candidate, ExtractContext } from './types.ts';

/**
 * Runs the rules over every sentence. Cheap first: a rule's pattern only runs on a sentence whose
 * lowercase text contains one of the rule's gate strings; most sentences cost a few `includes`.
 */
export function runRules(ctx: ExtractContext, rules: readonly Rule[]): Candidate[] {
  const out: Candidate[] = [];
  for (const sentence of ctx.sentences) {
    if (sentence.places.length === 0) continue;
    const lower = sentence.text.toLowerCase();
    const hits: Array<{ rule: Rule; match: RegExpExecArray }> = [];
    for (const rule of rules) {
      const gates = typeof rule.gate === 'string' ? [rule.gate] : rule.gate;
      if (!gates.some((g) => lower.includes(g))) continue;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(sentence.text); m !== null; m = rule.pattern.exec(sentence.text)) {
        if (m[0].length === 0) {
          rule.pattern.lastIndex++;
          continue;
        }
        hits.push({ rule, match: m });
      }
    }
    if (hits.length === 0) continue;
    const triggerStarts = [...new Set(hits.map((h) => h.match.index))].sort((a, b) => a - b);
    for (const { rule, match } of hits) {
      const found = rule.extract({ ctx, sentence, match, triggerStarts });
      if (!found) continue;
      ctx.debug(() => `${rule.name}: "${match[0]}" → ${found.length} candidate(s)`);
      out.push(...found);
    }
  }
  return out.sort((a, b) => a.trigger[0] - b.trigger[0]);
}
