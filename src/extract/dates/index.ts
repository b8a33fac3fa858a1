import { toDayNumber } from './calendar.ts';
import { checkDateConsistency } from './consistency.ts';
import { DATE_RULES } from './rules.ts';
import { findAnchors, windowsAround, type AnchorKind, type Anchors } from './anchors.ts';
import type { DateContext, DateMention, DateRule } from './types.ts';
import { anchorWeekdaysToWireDay } from './wire-day.ts';

export type { DateMention } from './types.ts';
export { checkDateConsistency };

/**
 * How far a match may reach from its anchor: back to "from the 3rd till the afternoon of the 17th
 * of" before a month, forward to the lookaheads after an ordinal.
 */
const REACH_BEFORE = 90;
const REACH_AFTER = 40;

/**
 * Finds the dates written in a text and resolves them against the publication day (YYYY-MM-DD, or
 * null when unknown: relative dates then keep `offsetDays` and a null `date`, never an invented one).
 * Overlapping matches keep the longest; the result is in text order.
 *
 * One cheap pass finds the anchors (digits, month and weekday names, relative words); each rule
 * then runs only on the windows of text around the anchors it needs. A caller that already has
 * `findAnchors(text)` passes it.
 *
 * @example findDates('The army took Arak yesterday.', '2017-06-15')
 * // [{ text: 'yesterday', date: '2017-06-14', offsetDays: -1, basis: 'relative', precision: 'day', rule: 'yesterday', … }]
 */
export function findDates(text: string, published: string | null, anchors: Anchors = findAnchors(text)): DateMention[] {
  if (published !== null && toDayNumber(published) === null) {
    throw new Error(`[frontwatch] [dates] findDates: published must be YYYY-MM-DD or null, got ${published}`);
  }
  const windows = new Map<AnchorKind, Array<[number, number]>>();
  const ctx = { published };
  const found: DateMention[] = [];
  for (const rule of DATE_RULES) {
    let ruleWindows = windows.get(rule.needs);
    if (ruleWindows === undefined) {
      ruleWindows = windowsAround(text, anchors[rule.needs], REACH_BEFORE, REACH_AFTER);
      windows.set(rule.needs, ruleWindows);
    }
    for (const [start, end] of ruleWindows) found.push(...matchesIn(rule, text.slice(start, end), start, ctx));
  }
  return anchorWeekdaysToWireDay(keepLongest(found), published);
}

/** The rule's matches in one window, with spans in the whole text. */
function matchesIn(rule: DateRule, window: string, offset: number, ctx: DateContext): DateMention[] {
  const out: DateMention[] = [];
  // The rule's own regex is reused (reset first): findDates never re-enters itself while scanning.
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const resolved = rule.resolve(m, ctx);
    if (resolved) out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], rule: rule.name, ...resolved });
  }
  return out;
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
