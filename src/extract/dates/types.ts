import type { DateBasis, DatePrecision } from '../../model/index.ts';
import type { AnchorKind } from './anchors.ts';

/** A date written in a text, resolved against the publication day when it is relative. */
export interface DateMention {
  /** Span in the text given: [start, end). */
  start: number;
  end: number;
  text: string;
  /** YYYY-MM-DD (first day for ranges and months), or null when it cannot be resolved. */
  date: string | null;
  /** Last day, for ranges and months; null otherwise. */
  dateEnd: string | null;
  precision: DatePrecision;
  basis: DateBasis;
  /** Days from publication (today 0, yesterday -1); set for relative mentions whether or not publication is known. */
  offsetDays: number | null;
  /** Name of the rule that matched: 'today', 'yesterday', 'ago', 'weekday', 'explicit', 'month', 'year', 'range', 'vague', … */
  rule: string;
  /** YYYY-MM when the month is known (month mentions, and days): the gold's `date_month`. */
  month?: string;
  /** The year when only the year is written ("in 2014", "since 2015"): the gold's `date_year`. */
  year?: number;
  /** 0 = Sunday … 6 = Saturday, for weekday mentions (kept when publication is unknown). */
  weekday?: number;
}

/** What a rule knows when it resolves a match. */
export interface DateContext {
  published: string | null;
}

/** The resolved part of a mention; the span, text and rule name are added by the scanner. */
export type ResolvedDate = Omit<DateMention, 'start' | 'end' | 'text' | 'rule'>;

/**
 * One date pattern, chrono-style: a global regex and a function that turns a match into a date,
 * or null when the match is not a date after all ("not mine").
 */
export interface DateRule {
  name: string;
  /** The anchor every match contains: the rule only runs on the text around such anchors. */
  needs: AnchorKind;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: DateContext) => ResolvedDate | null;
}
