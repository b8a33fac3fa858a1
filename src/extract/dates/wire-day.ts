import type { DateMention } from './types.ts';

/**
 * Without a publication date, weekdays are read against the wire story's own day: the first
 * weekday a report names ("reported on Saturday") is taken as the day of the story (offset 0), and
 * later weekdays as the latest such day on or before it ("On Friday" two days earlier is -2). This
 * is the dev gold's convention; the offsets stay implied, so `date` remains null.
 * With a publication date, mentions are returned unchanged.
 */
export function anchorWeekdaysToWireDay(mentions: DateMention[], published: string | null): DateMention[] {
  if (published !== null) return mentions;
  const anchor = mentions.find((m) => m.weekday !== undefined)?.weekday;
  if (anchor === undefined) return mentions;
  return mentions.map((m) => {
    if (m.weekday === undefined) return m;
    let back = (anchor - m.weekday + 7) % 7;
    if (back === 0 && /^(?:last|previous)\b/i.test(m.text)) back = 7;
    return { ...m, offsetDays: 0 - back, rule: 'weekday-wire-day' };
  });
}
