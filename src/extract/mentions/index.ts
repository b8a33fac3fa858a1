import { findDates } from '../dates/index.ts';
import { splitSentences } from '../sentences.ts';
import type { ActorMention, DateRef, SentenceView } from '../types.ts';
import type { ActorMatcher } from './actors.ts';
import { findPlaces } from './places.ts';

// Pronouns that stand for the last acting side; coreference resolves them.
const PRONOUN = /\b(?:they|their\s+forces|its\s+forces|our\s+forces|our\s+fighters)\b/gi;
const PARAGRAPH_BREAK = /\n\s*\n/g;

/**
 * Splits the body into sentences and reads each one's actors, places and dates.
 * Dates are found once over the whole text (they may cross our sentence cuts) and handed out by span.
 *
 * @example buildSentenceViews('ISIS fled Arak.', null, matcher)[0]?.places[0]?.name // 'Arak'
 */
export function buildSentenceViews(text: string, published: string | null, matcher: ActorMatcher): { sentences: SentenceView[]; dates: DateRef[] } {
  const dates: DateRef[] = findDates(text, published);
  const breaks: number[] = [];
  for (const m of text.matchAll(PARAGRAPH_BREAK)) breaks.push(m.index);
  let paragraph = 0;
  let dateIdx = 0;
  const sentences = splitSentences(text).map((s) => {
    while (paragraph < breaks.length && breaks[paragraph]! < s.start) paragraph++;
    const actors = withPronouns(s.text, s.start, matcher.find(s.text, s.start));
    while (dateIdx < dates.length && dates[dateIdx]!.start < s.start) dateIdx++;
    const own: DateRef[] = [];
    for (let i = dateIdx; i < dates.length && dates[i]!.start < s.end; i++) own.push(dates[i]!);
    const places = findPlaces(s.text, s.start, actors).filter((p) => !own.some((d) => d.start < p.end && p.start < d.end));
    return { ...s, actors, places, dates: own, paragraph };
  });
  return { sentences, dates };
}

function withPronouns(text: string, offset: number, actors: ActorMention[]): ActorMention[] {
  if (!/the(?:y|ir)|its|our/i.test(text)) return actors;
  const out = [...actors];
  for (const m of text.matchAll(PRONOUN)) {
    const start = offset + m.index;
    if (out.some((a) => a.start < start + m[0].length && start < a.end)) continue;
    out.push({ start, end: start + m[0].length, text: m[0], name: m[0], side: 'unknown', generic: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
