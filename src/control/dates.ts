import { ControlError } from './errors.ts';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

const validDays = new Set<string>();

/**
 * True when `text` is a real YYYY-MM-DD day (not 2017-02-30, not 2017-6-1).
 *
 * @example
 * isDay('2017-06-01'); // true
 */
export function isDay(text: string): boolean {
  if (validDays.has(text)) return true;
  if (!ISO_DAY.test(text)) return false;
  const ms = Date.parse(`${text}T00:00:00Z`);
  const valid = Number.isFinite(ms) && new Date(ms).toISOString().slice(0, 10) === text;
  if (valid) validDays.add(text);
  return valid;
}

/**
 * Checks that `date` is a real YYYY-MM-DD day (string comparison then orders days correctly).
 *
 * @example
 * assertDay('2017-06-01', 'date'); // ok
 * assertDay('2017-02-30', 'date'); // throws E_CONTROL_DATE
 */
export function assertDay(date: string, what: string): void {
  if (!isDay(date)) {
    throw new ControlError('E_CONTROL_DATE', `${what} "${date}" is not a YYYY-MM-DD day`);
  }
}

/**
 * The day `days` after `date` (UTC, no time zones involved).
 *
 * @example
 * addDays('2017-06-30', 1); // '2017-07-01'
 */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole days from `a` to `b` (negative when `b` is earlier).
 *
 * @example
 * daysBetween('2017-06-01', '2017-06-04'); // 3
 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY_MS);
}
