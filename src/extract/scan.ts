import type { Rule } from './rules/define.ts';
import type { Sentence } from './sentences.ts';
import type { Candidate, ExtractContext } from './types.ts';

/** A trigger found by a rule's pattern, with offsets local to its sentence. */
export interface Hit {
  rule: Rule;
  match: RegExpExecArray;
}

/** The match re-expressed with offsets local to its sentence (rules read sentence-local offsets). */
function localMatch(m: RegExpExecArray, sentence: Sentence): RegExpExecArray {
  return Object.assign([...m], { index: m.index - sentence.start, input: sentence.text, groups: m.groups }) as RegExpExecArray;
}

/**
 * Cheap first: each rule's precompiled trigger pattern scans the whole text once. The result says
 * which sentences hold triggers; only those are analysed further (places, roles, modality).
 */
export function scanTriggers(text: string, sentences: readonly Sentence[], rules: readonly Rule[]): Map<number, Hit[]> {
  const bySentence = new Map<number, Hit[]>();
  for (const rule of rules) {
    const re = rule.pattern;
    re.lastIndex = 0;
    let si = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      while (si < sentences.length && sentences[si]!.end <= m.index) si++;
      const s = sentences[si];
      if (!s || m.index < s.start || m.index + m[0].length > s.end) continue;
      const hits = bySentence.get(si) ?? [];
      hits.push({ rule, match: localMatch(m, s) });
      bySentence.set(si, hits);
    }
  }
  return bySentence;
}

/**
 * Runs each rule's role reading on the sentences where its trigger fired and that name a place
 * (or, for rules that take their place from the context, on any sentence).
 */
export function runRules(ctx: ExtractContext, hitsBySentence: ReadonlyMap<number, Hit[]>): Candidate[] {
  const out: Candidate[] = [];
  for (const [si, hits] of hitsBySentence) {
    const sentence = ctx.sentences[si]!;
    const placeless = sentence.places.length === 0;
    if (placeless && !hits.some((h) => h.rule.placeFromContext)) continue;
    const triggerStarts = [...new Set(hits.map((h) => h.match.index))].sort((a, b) => a - b);
    for (const { rule, match } of hits) {
      if (placeless && !rule.placeFromContext) continue;
      const found = rule.extract({ ctx, sentence, match, triggerStarts });
      if (!found) continue;
      ctx.debug(() => `${rule.name}: "${match[0]}" → ${found.length} candidate(s)`);
      out.push(...found);
    }
  }
  return out.sort((a, b) => a.trigger[0] - b.trigger[0]);
}
