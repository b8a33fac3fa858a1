import { toDayNumber } from './calendar.ts';
import { checkDateConsistency } from './consistency.ts';
import { DATE_RULES } from './rules.ts';
import type { DateMention } from './types.ts';
import { anchorWeekdaysToWireDay } from './wire-day.ts';

export type { DateMention } from './types.ts';
export { checkDateConsistency };

/**
 * Cheap test before any rule runs: every rule needs a digit, a month or weekday name, or one of
 * the relative words. Text without any of them (most sentences) costs one scan.
 */
const MAY_HOLD_DATE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|ago|recent|late|mid|early|tonight|tomorrow|morning|afternoon|evening/i;

/**
 * Finds the dates written in a text and resolves them against the publication day (YYYY-MM-DD, or
 * null when unknown: relative dates then keep `offsetDays` and a null `date`, never an invented one).
 * Overlapping matches keep the longest; the result is in text order.
 *
 * @example findDates('The army took Arak yesterday.', '2017-06-15')
 * // [{ text: 'yesterday', date: '2017-06-14', offsetDays: -1, basis: 'relative', precision: 'day', rule: 'yesterday', … }]
 */
export function findDates(text: string, published: string | null): DateMention[] {
  if (published !== null && toDayNumber(published) === null) {
    throw new Error(`[frontwatch] [dates] findDates: published must be YYYY-MM-DD or null, got ${published}`);
  }
  if (!MAY_HOLD_DATE.test(text)) return [];
  const ctx = { published };
  const found: DateMention[] = [];
  for (const rule of DATE_RULES) {
    // The rule's own regex is reused (reset first): findDates never re-enters itself while scanning.
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const resolved = rule.resolve(m, ctx);
      if (resolved) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], rule: rule.name, ...resolved });
    }
  }
  return anchorWeekdaysToWireDay(keepLongest(found), published);
}

/** Drops matches that overlap a longer one kept before them, in one sweep in text order. */
function keepLongest(mentions: DateMention[]): DateMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || m.start >= last.end) kept.push(m);
    else if (m.end - m.start > last.end - last.start) kept[kept.length - 1] = m;
  }
  return kept;
}
