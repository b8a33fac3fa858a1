import { addDays, daysBetween } from './calendar.ts';
import type { DateMention } from './types.ts';

/** How far apart (characters) a relative word and an explicit date may be to read as one ("yesterday the 13th"). */
const APPOSITION_GAP = 4;

/**
 * Notes for a report whose dates contradict each other: an explicit day after publication, a
 * relative word that names a different day than the explicit date written beside it ("since
 * yesterday the 13th" in a report of the 20th), and — when publication is unknown — explicit days
 * after the publication day that such a pair implies.
 *
 * @example checkDateConsistency(findDates('on 25 June 2017', '2017-06-20'), '2017-06-20')
 * // ['explicit date 2017-06-25 ("25 June 2017") is after publication 2017-06-20']
 */
export function checkDateConsistency(mentions: DateMention[], published: string | null): string[] {
  const notes: string[] = [];
  let impliedPublished: { day: string; from: string } | null = null;

  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1];
    if (published && m.basis === 'explicit' && m.date && daysBetween(published, m.date) > 0) {
      notes.push(`explicit date ${m.date} ("${m.text}") is after publication ${published}`);
    }
    if (!next || m.basis !== 'relative' || m.offsetDays === null || next.basis !== 'explicit') continue;
    if (next.precision !== 'day' || next.start - m.end > APPOSITION_GAP || next.date === null) continue;
    if (m.date !== null && m.date !== next.date) {
      notes.push(`"${m.text}" is ${m.date} but the date written beside it, "${next.text}", is ${next.date}`);
    }
    if (published === null) impliedPublished ??= { day: addDays(next.date, -m.offsetDays), from: `${m.text} ${next.text}` };
  }

  if (impliedPublished) {
    for (const m of mentions) {
      if (m.basis === 'explicit' && m.date && daysBetween(impliedPublished.day, m.date) > 0) {
        notes.push(
          `explicit date ${m.date} ("${m.text}") is after ${impliedPublished.day}, the publication day implied by "${impliedPublished.from}"`,
        );
      }
    }
  }
  return notes;
}
