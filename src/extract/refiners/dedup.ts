import { normalizeName } from '../../geo/normalize.ts';
import { isFactual } from '../../model/index.ts';
import type { Candidate, ExtractContext } from '../types.ts';
import { defineRefiner } from './define.ts';

/** The identity of a place for dedup: the gazetteer id when resolved, else its normalised bare name. */
function placeKeyOf(cache: Map<string, string>, c: Candidate): string {
  if (c.placeRef?.gazetteer_id) return c.placeRef.gazetteer_id;
  const name = c.place?.name ?? '';
  let key = cache.get(name);
  if (key === undefined) {
    key = normalizeName(name);
    cache.set(name, key);
  }
  return key;
}
const sideOf = (c: Candidate): string => c.actor?.side ?? 'unknown';

/**
 * The lead of a report: its headlines (lines with no closing punctuation) up to and with the first
 * full sentence, where a report sums up what its body then tells place by place.
 */
function leadEnd(ctx: ExtractContext): number {
  const first = ctx.sentences.find((s) => /[.!?”"]\s*$/.test(s.text) && s.text.split(/\s+/).length >= 8);
  return first ? first.index : -1;
}

/**
 * "Syrian army captures more oil wells in Raqqa province" above a body that names the wells: the
 * lead's province-level event restates the body's events in that province (gold convention).
 */
function isLeadRestatement(c: Candidate, all: readonly Candidate[], lead: number): boolean {
  if (c.sentence.index > lead || c.placeRef?.precision !== 'province' || !c.placeRef.admin1) return false;
  return all.some((o) => o.sentence.index > c.sentence.index && o.type === c.type && sideOf(o) === sideOf(c) &&
    isFactual(o.modality) === isFactual(c.modality) && o.placeRef?.admin1 === c.placeRef!.admin1 && o.placeRef.precision !== 'province');
}

/**
 * One event per (type, side, place, factual or not) in a report: the same event told twice (headline
 * and body, or two clauses) is kept once, with the first telling that has a date of its own.
 * An advance on a place the same side captures in the same report is the capture only (gold convention).
 */
export const dedup = defineRefiner({
  name: 'dedup',
  refine(ctx, candidates) {
    const names = new Map<string, string>();
    // "hills near X" and X itself are two places (gold convention: unnamed places anchored near a named one).
    const placeKey = (c: Candidate): string => placeKeyOf(names, c) + (c.place?.relation === 'near' || c.place?.offset ? '|near' : '');
    const kept = new Map<string, Candidate>();
    for (const c of candidates) {
      // Two cited reports of the same event (yesterday's and three days ago) are two tellings: both kept.
      const cited = c.citation ? `${c.citation.date.offsetDays ?? c.citation.date.date}` : '';
      const key = `${c.type}|${c.subtype ?? ''}|${sideOf(c)}|${placeKey(c)}|${isFactual(c.modality)}|${cited}`;
      const prior = kept.get(key);
      // Places listed apart in one sentence are distinct even when the gazetteer folds them together.
      if (prior && prior.sentence === c.sentence && prior.place?.text !== c.place?.text) kept.set(`${key}|${c.place?.text}`, c);
      else if (!prior) kept.set(key, c);
      else if (!prior.date && c.date) kept.set(key, { ...prior, date: c.date });
    }
    const captured = new Set([...kept.values()].filter((c) => c.type === 'capture' && isFactual(c.modality)).map((c) => `${sideOf(c)}|${placeKey(c)}`));
    const all = [...kept.values()];
    const lead = leadEnd(ctx);
    // Per sentence and side, where its first withdrawal starts.
    const withdrawals = new Map<string, number>();
    for (const c of all) {
      const key = `${c.sentence.index}|${sideOf(c)}`;
      if (c.type === 'withdrawal' && c.trigger[0] < (withdrawals.get(key) ?? Infinity)) withdrawals.set(key, c.trigger[0]);
    }
    return all.filter((c) => {
      const subsumed = c.type === 'advance' && isFactual(c.modality) && captured.has(`${sideOf(c)}|${placeKey(c)}`);
      if (subsumed) ctx.debug(() => `dedup: advance on ${c.place?.name} is the capture`);
      const restated = isLeadRestatement(c, all, lead);
      // "pulled out of A and moved towards B": a side's movement after its own withdrawal is where it went, not an advance.
      const retreat = c.type === 'advance' && (withdrawals.get(`${c.sentence.index}|${sideOf(c)}`) ?? Infinity) < c.trigger[0];
      if (retreat) ctx.debug(() => `dedup: advance on ${c.place?.name} follows its side's withdrawal`);
      if (restated) ctx.debug(() => `dedup: "${c.place?.name}" in the lead restates an event the body places in that province`);
      return !subsumed && !restated && !retreat;
    });
  },
});
