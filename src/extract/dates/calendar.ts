/**
 * Day arithmetic on `YYYY-MM-DD` strings, always in UTC so that the machine's time zone can never
 * shift a report's dates.
 */

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
  // Days from civil (H. Hinnant): integer arithmetic, no Date objects in the hot path.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `YYYY-MM-DD` of an epoch day number. */
export function fromDayNumber(n: number): string {
  // Civil from days (H. Hinnant), the inverse of dayNumber.
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
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

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}
