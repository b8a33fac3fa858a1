import { addDays, daysBetween, daysInMonth, isoDay, weekdayOf } from './calendar.ts';
import type { ResolvedDate } from './types.ts';

/** A day a number of days from publication ("yesterday" = -1). */
export function relativeDay(offset: number, published: string | null): ResolvedDate {
  return {
    date: published ? addDays(published, offset) : null,
    dateEnd: null,
    precision: 'day',
    basis: 'relative',
    offsetDays: offset,
  };
}

/** A span of days relative to publication ("last week"); `offset` is the first day's offset when known. */
export function relativeRange(startOffset: number | null, endOffset: number | null, published: string | null): ResolvedDate {
  const known = published !== null && startOffset !== null && endOffset !== null;
  return {
    date: known ? addDays(published, startOffset) : null,
    dateEnd: known ? addDays(published, endOffset) : null,
    precision: 'range',
    basis: 'relative',
    offsetDays: startOffset,
  };
}

/** A relative expression too vague to date ("in recent weeks", "a few days ago"). */
export function vague(): ResolvedDate {
  return { date: null, dateEnd: null, precision: 'unknown', basis: 'relative', offsetDays: null };
}

/**
 * The year a day-month without a year belongs to: the publication's year, or the year before when
 * that day would fall after publication (a report does not tell of days to come). Null without publication.
 */
export function impliedYear(month: number, day: number, published: string | null): number | null {
  if (!published) return null;
  const year = Number(published.slice(0, 4));
  const candidate = isoDay(year, month, day);
  if (candidate !== null && daysBetween(published, candidate) > 0) return year - 1;
  return year;
}

/** An explicit calendar day; null when the day does not exist (so the match is not a date). */
export function explicitDay(year: number | null, month: number, day: number, published: string | null): ResolvedDate | null {
  const y = year ?? impliedYear(month, day, published);
  // Without any year the day must still exist in some year (29 February does).
  if (isoDay(y ?? 2016, month, day) === null) return null;
  const date = y === null ? null : isoDay(y, month, day);
  return {
    date,
    dateEnd: null,
    precision: 'day',
    basis: 'explicit',
    offsetDays: null,
    ...(y !== null ? { month: `${y}-${pad(month)}` } : {}),
  };
}

/** A span of days of one or two months ("from the 3rd till the 17th of June 2017", "mid-June"). */
export function explicitRange(
  year: number | null,
  startMonth: number,
  startDay: number,
  endMonth: number,
  endDay: number,
  published: string | null,
): ResolvedDate | null {
  const endYear = year ?? impliedYear(endMonth, endDay, published);
  const startYear = endYear === null ? null : startMonth > endMonth ? endYear - 1 : endYear;
  if (isoDay(2016, startMonth, startDay) === null || isoDay(2016, endMonth, endDay) === null) return null;
  const date = startYear === null ? null : isoDay(startYear, startMonth, startDay);
  const dateEnd = endYear === null ? null : isoDay(endYear, endMonth, endDay);
  if (date !== null && dateEnd !== null && daysBetween(date, dateEnd) < 0) return null;
  return { date, dateEnd, precision: 'range', basis: 'explicit', offsetDays: null };
}

/** A whole month ("in June 2017", "in March"): first and last day, precision month. */
export function explicitMonth(year: number | null, month: number, published: string | null): ResolvedDate {
  const y = year ?? impliedYear(month, 1, published);
  return {
    date: y === null ? null : isoDay(y, month, 1),
    dateEnd: y === null ? null : isoDay(y, month, daysInMonth(y, month)),
    precision: 'month',
    basis: 'explicit',
    offsetDays: null,
    ...(y !== null ? { month: `${y}-${pad(month)}` } : {}),
  };
}

/** A year alone ("in 2014"): no day can be given, so the date is null and the year is kept. */
export function explicitYear(year: number): ResolvedDate {
  return { date: null, dateEnd: null, precision: 'unknown', basis: 'explicit', offsetDays: null, year };
}

/**
 * A weekday: the latest such day on or before publication ("on Monday" in a Monday report is that
 * day); with `strictlyBefore` ("last Monday") a Monday report means the Monday a week earlier.
 * Without publication the offset cannot be known and stays null.
 */
export function weekdayDate(weekday: number, published: string | null, strictlyBefore: boolean): ResolvedDate {
  if (!published) {
    return { date: null, dateEnd: null, precision: 'day', basis: 'relative', offsetDays: null, weekday };
  }
  let back = (weekdayOf(published) - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return { ...relativeDay(0 - back, published), weekday };
}

/** Days since the Monday of publication's week (Monday 0 … Sunday 6), or null without publication. */
export function daysSinceMonday(published: string | null): number | null {
  return published ? (weekdayOf(published) + 6) % 7 : null;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
