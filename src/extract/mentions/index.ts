import { findDates } from '../dates/index.ts';
import type { Sentence } from '../sentences.ts';
import type { ActorMention, DateRef, SentenceView } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { findPlaces } from './places.ts';

// Pronouns that stand for the last acting side; coreference resolves them.
const PRONOUN = /\b(?:they|their\s+forces|its\s+forces|our\s+forces|our\s+fighters)\b/gi;
const PRONOUN_GATE = /the(?:y|ir)|its|our/i;
const PARAGRAPH_BREAK = /\n\s*\n/g;
// How many sentences before a trigger sentence get their places read (antecedents of "the city").
const ANTECEDENT_SENTENCES = 3;

/**
 * Reads the actors and places of the sentences that matter: those with a trigger and the few before
 * them (antecedents of "they", "the city"). Dates are found once over the whole text and handed out
 * by span.
 *
 * @example buildSentenceViews('ISIS fled Arak.', splitSentences('ISIS fled Arak.'), null, matcher, new Set([0]))[0]?.places[0]?.name // 'Arak'
 */
export function buildSentenceViews(
  text: string,
  sentences: readonly Sentence[],
  published: string | null,
  matcher: ActorMatcher,
  triggerSentences: ReadonlySet<number>,
): { sentences: SentenceView[]; dates: DateRef[] } {
  const dates: DateRef[] = findDates(text, published);
  const breaks: number[] = [];
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let m = PARAGRAPH_BREAK.exec(text); m !== null; m = PARAGRAPH_BREAK.exec(text)) breaks.push(m.index);
  const needPlaces = new Set<number>();
  for (const i of triggerSentences) for (let k = Math.max(0, i - ANTECEDENT_SENTENCES); k <= i; k++) needPlaces.add(k);
  let paragraph = 0;
  let dateIdx = 0;
  const views = sentences.map((s, i) => {
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    // Sentences far from any trigger can neither hold an event nor an antecedent for one.
    const actors = needPlaces.has(i) ? withPronouns(s.text, s.start, matcher.find(s.text, s.start)) : [];
    while (dateIdx < dates.length && dates[dateIdx]!.start < s.start) dateIdx++;
    const own: DateRef[] = [];
    for (let k = dateIdx; k < dates.length && dates[k]!.start < s.end; k++) own.push(dates[k]!);
    const places = needPlaces.has(i) ? findPlaces(s.text, s.start, actors).filter((p) => !own.some((d) => d.start < p.end && p.start < d.end)) : [];
    return { index: s.index, text: s.text, start: s.start, end: s.end, actors, places, dates: own, paragraph };
  });
  return { sentences: views, dates };
}

function withPronouns(text: string, offset: number, actors: ActorMention[]): ActorMention[] {
  if (!PRONOUN_GATE.test(text)) return actors;
  const out = [...actors];
  // An exec loop: matchAll would clone the regex for every sentence.
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m !== null; m = PRONOUN.exec(text)) {
    const start = offset + m.index;
    if (out.some((a) => a.start < start + m[0].length && start < a.end)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], side: 'unknown', generic: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
