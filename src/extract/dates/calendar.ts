/**
 * Day arithmetic on `YYYY-MM-DD` strings, always in UTC so that the machine's time zone can never
 * shift a report's dates.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD` to a UTC epoch day number, or null when the string is not a real day. */
export function toDayNumber(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  return dayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Epoch day number of a calendar day, or null when the day does not exist (31 June, month 13). */
export function dayNumber(year: number, month: number, day: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

/** `YYYY-MM-DD` of an epoch day number. */
export function fromDayNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` of a calendar day, or null when it does not exist. */
export function isoDay(year: number, month: number, day: number): string | null {
  const n = dayNumber(year, month, day);
  return n === null ? null : fromDayNumber(n);
}

/** Adds (or with a negative count, subtracts) days. @example addDays('2017-03-01', -1) // '2017-02-28' */
export function addDays(iso: string, days: number): string {
  const n = toDayNumber(iso);
  if (n === null) throw new Error(`[frontwatch] [dates] addDays: not a YYYY-MM-DD day: ${iso}`);
  return fromDayNumber(n + days);
}

/** Days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  const na = toDayNumber(a);
  const nb = toDayNumber(b);
  if (na === null || nb === null) throw new Error(`[frontwatch] [dates] daysBetween: not YYYY-MM-DD days: ${a}, ${b}`);
  return nb - na;
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  const n = toDayNumber(iso);
  if (n === null) throw new Error(`[frontwatch] [dates] weekdayOf: not a YYYY-MM-DD day: ${iso}`);
  // Day 0 of the epoch (1970-01-01) was a Thursday.
  return (((n + 4) % 7) + 7) % 7;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
