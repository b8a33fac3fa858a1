import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHeaderDate } from './dates.ts';
import { MalformedDateError } from './errors.ts';

describe('parseHeaderDate', () => {
  it.each([
    ['2017-06-19', '2017-06-19'],
    ['2017-6-9', '2017-06-09'],
    ['2017-06-19T23:30:00+03:00', '2017-06-19'],
    ['2017-06-19T02:10:00Z', '2017-06-19'],
    ['2017-06-19 14:05', '2017-06-19'],
    ['19 June 2017', '2017-06-19'],
    ['19th June, 2017', '2017-06-19'],
    ['Monday, 19 June 2017', '2017-06-19'],
    ['June 19, 2017', '2017-06-19'],
    ['Jun. 19 2017', '2017-06-19'],
    ['Sept 4, 2017', '2017-09-04'],
    ['September 9, 2017 16:40', '2017-09-09'],
    ['Mon, 18 Sep 2017 09:30:00 +0300', '2017-09-18'],
    ['Tue, 19 Sep 2017 22:00:00 GMT', '2017-09-19'],
    ['29 February 2016', '2016-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['"2017-06-19"', '2017-06-19'],
    ['2017/10/14', '2017-10-14'],
    ['Sunday 17, September 2017', '2017-09-17'],
    ['2017-06-15 (date of the wire copy)', '2017-06-15'],
  ])('reads %j as %s', (input, day) => {
    expect(parseHeaderDate(input)).toBe(day);
  });

  it.each(['unknown', 'Unknown', '', '   ', 'n/a', 'none', 'unknown (estimated from the post number)'])('reads %j as no date', (input) => {
    expect(parseHeaderDate(input)).toBeNull();
  });

  it.each([
    ['2017-13-45', /month 13 does not exist/],
    ['2017-02-30', /day 30 does not exist in 2017-02/],
    ['29 February 2017', /day 29 does not exist/],
    ['1900-02-29', /day 29 does not exist in 1900-02/],
    ['yesterday', /not a date in a form we read/],
    ['19 Junember 2017', /"Junember" is not a month name/],
    ['2017-06-19T25:00:00Z', /the time 25:00:00 does not exist/],
    ['06/19/2017', /not a date/],
  ])('rejects %j, saying why and what is accepted', (input, why) => {
    let thrown: unknown;
    try {
      parseHeaderDate(input);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(MalformedDateError);
    const error = thrown as MalformedDateError;
    expect(error.code).toBe('E_INGEST_DATE');
    expect(error.message).toMatch(why);
    expect(error.message).toContain('accepted: YYYY-MM-DD');
  });

  it('reads back every real day written in each accepted form', () => {
    const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(
      fc.property(day, (d) => {
        const iso = d.toISOString().slice(0, 10);
        const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
        const month = MONTH_NAMES[m - 1]!;
        for (const written of [iso, `${dd} ${month} ${y}`, `${month} ${dd}, ${y}`, `${dd} ${month.slice(0, 3)} ${y}`, d.toUTCString(), d.toISOString()]) {
          expect(parseHeaderDate(written)).toBe(iso);
        }
      }),
      { seed: 2017, numRuns: 300 },
    );
  });
});
