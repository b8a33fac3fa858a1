import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, daysBetween, daysInMonth, fromDayNumber, toDayNumber, weekdayOf } from './calendar.ts';

describe('calendar', () => {
  it('agrees with the UTC calendar for any day of 1900–2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        expect(fromDayNumber(n)).toBe(iso);
        expect(toDayNumber(iso)).toBe(n);
        expect(weekdayOf(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
      { numRuns: 500, seed: 1 },
    );
  });

  it('rejects days that do not exist', () => {
    expect(dayNumber(2017, 2, 29)).toBeNull();
    expect(dayNumber(2016, 2, 29)).not.toBeNull();
    expect(toDayNumber('2017-06-31')).toBeNull();
    expect(toDayNumber('June 2017')).toBeNull();
  });

  it('counts across months, years and leap days', () => {
    expect(addDays('2017-03-01', -1)).toBe('2017-02-28');
    expect(addDays('2016-12-31', 1)).toBe('2017-01-01');
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
    expect(daysInMonth(2000, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
  });
});
