import { MalformedDateError } from './errors.ts';

// Values that mean "the header has no date": the report is kept with `published: null`.
const UNKNOWN_VALUES = new Set(['', 'unknown', 'n/a', 'na', 'none', 'null', '-', '?']);

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const WEEKDAY_PREFIX = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+/i;
// A clock time after the day, with an optional am/pm and zone: only the day is kept.
const TIME_SUFFIX = /(?:,?\s+|\s*[Tt@]\s*)\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:\s*[ap]\.?m\.?)?(?:\s*(?:[A-Za-z]{1,5}|[+-]\d{2}:?\d{2}|[A-Za-z]{3}[+-]\d{1,2}))?$/i;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?,?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/;
const MONTH_DAY_YEAR = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/;

/**
 * Reads a publication date as written in a header, a JSONL field, an HTML meta tag or a feed, and
 * returns the day as `YYYY-MM-DD` (also read: `YYYY/MM/DD`; a trailing remark in parentheses is
 * ignored). A datetime keeps the calendar day written in it (no conversion to
 * UTC: the outlet's local day is the day it published). `unknown`, `n/a`, `none` and empty mean
 * "no date" and return `null`.
 *
 * @throws MalformedDateError (code `E_INGEST_DATE`) for anything else, saying what was wrong and
 *   what is accepted; callers add the file and line.
 * @example
 * parseHeaderDate('June 19, 2017');              // '2017-06-19'
 * parseHeaderDate('2017-06-19T23:30:00+03:00');  // '2017-06-19'
 * parseHeaderDate('unknown');                    // null
 * parseHeaderDate('2017-13-45');                 // throws MalformedDateError
 */
export function parseHeaderDate(value: string): string | null {
  // A trailing remark in parentheses ("unknown (estimated from the post number)") is not part of the date.
  const v = value.trim().replace(/^(["'])(.*)\1$/, '$2').replace(/\s*\([^()]*\)$/, '').trim();
  if (UNKNOWN_VALUES.has(v.toLowerCase())) return null;

  const iso = ISO_DATE.exec(v) ?? ISO_DATETIME.exec(v);
  if (iso) {
    const [, y, m, d, hh, mm, ss] = iso;
    if (hh !== undefined && (Number(hh) > 23 || Number(mm) > 59 || Number(ss ?? 0) > 60)) {
      throw new MalformedDateError(value, `the time ${hh}:${mm}${ss === undefined ? '' : `:${ss}`} does not exist`);
    }
    return checkedDay(value, Number(y), Number(m), Number(d));
  }

  const spelled = v.replace(WEEKDAY_PREFIX, '').replace(TIME_SUFFIX, '');
  const dmy = DAY_MONTH_YEAR.exec(spelled);
  if (dmy) return checkedDay(value, Number(dmy[3]), monthNumber(value, dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(spelled);
  if (mdy) return checkedDay(value, Number(mdy[3]), monthNumber(value, mdy[1]!), Number(mdy[2]));

  throw new MalformedDateError(value, 'not a date in a form we read');
}

function monthNumber(original: string, name: string): number {
  const month = MONTHS[name.toLowerCase()];
  if (month === undefined) throw new MalformedDateError(original, `"${name}" is not a month name`);
  return month;
}

function checkedDay(original: string, year: number, month: number, day: number): string {
  if (month < 1 || month > 12) throw new MalformedDateError(original, `month ${month} does not exist`);
  const daysInMonth = DAYS_IN_MONTH[month - 1]! + (month === 2 && isLeapYear(year) ? 1 : 0);
  if (day < 1 || day > daysInMonth) {
    throw new MalformedDateError(original, `day ${day} does not exist in ${year}-${pad(month)} (it has ${daysInMonth} days)`);
  }
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;
const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const pad = (n: number): string => String(n).padStart(2, '0');
