import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkDateConsistency, findDates, type DateMention } from './index.ts';

/** The single mention found in `text`, failing the test when there is not exactly one. */
function one(text: string, published: string | null): DateMention {
  const found = findDates(text, published);
  expect(found.map((m) => m.text)).toHaveLength(1);
  return found[0]!;
}

// 2017-06-25 is a Sunday; 2017-06-19 a Monday.
const SUNDAY = '2017-06-25';
const MONDAY = '2017-06-19';

describe('explicit days', () => {
  it.each([
    ['Government troops entered the town on the 19th of June 2017 after a week of fighting.', 'the 19th of June 2017'],
    ['The airbase was retaken on June 19, 2017, a military source said.', 'June 19, 2017'],
    ['Officials confirmed on 19 June 2017 that the road was open.', '19 June 2017'],
    ['Convoys crossed the bridge on 19/6/2017.', '19/6/2017'],
    ['A statement dated 2017-06-19 listed the villages.', '2017-06-19'],
    ['The checkpoint fell on June 19th.', 'June 19th'],
  ])('%s', (sentence, text) => {
    const m = one(sentence, SUNDAY);
    expect(m).toMatchObject({ text, date: '2017-06-19', precision: 'day', basis: 'explicit', month: '2017-06' });
  });

  it('takes the year from publication when none is written', () => {
    expect(one('Militants shelled the market on 19 June.', SUNDAY).date).toBe('2017-06-19');
  });

  it('puts a day-month after publication in the previous year', () => {
    expect(one('The siege began on 30 June.', SUNDAY).date).toBe('2016-06-30');
    expect(one('The siege began on 30 December.', '2017-01-05').date).toBe('2016-12-30');
  });

  it('keeps a day-month without publication unresolved', () => {
    expect(one('The siege began on 30 June.', null)).toMatchObject({ date: null, precision: 'day', basis: 'explicit' });
  });

  it('reads a bare ordinal day in the publication month, or the month before', () => {
    expect(findDates('clashes raging since yesterday the 13th', '2017-06-20').map((m) => m.date)).toEqual(['2017-06-19', '2017-06-13']);
    expect(one('The offensive started on the 28th.', '2017-07-03').date).toBe('2017-06-28');
  });

  it('falls back to the month when the day does not exist', () => {
    expect(one('on 31 February 2017', SUNDAY)).toMatchObject({ text: 'February 2017', precision: 'month' });
  });

  it('reads month-first numeric dates only when the day cannot be a month', () => {
    expect(one('Filed 6/19/2017.', SUNDAY).date).toBe('2017-06-19');
    expect(one('Filed 3/4/2017.', SUNDAY).date).toBe('2017-04-03');
  });

  it.each([
    ['the 5th Corps advanced on the town', SUNDAY],
    ['units of the 4th Division moved on the 17th Division base', SUNDAY],
    ['The mayor said 12 people were hurt.', SUNDAY],
    ['Hill 19 overlooks the road.', SUNDAY],
  ])('finds no date in "%s"', (sentence, published) => {
    expect(findDates(sentence, published)).toEqual([]);
  });
});

describe('ranges, months and years', () => {
  it('reads "from the 3rd till the afternoon of the 17th of June 2017" as one range', () => {
    const m = one('Warplanes struck the city from the 3rd till the afternoon of the 17th of June 2017.', SUNDAY);
    expect(m).toMatchObject({ rule: 'range', date: '2017-06-03', dateEnd: '2017-06-17', precision: 'range', basis: 'explicit' });
  });

  it('reads "3-17 June" and "between 3 and 17 June" as ranges', () => {
    expect(one('Fighting raged 3-17 June.', SUNDAY)).toMatchObject({ date: '2017-06-03', dateEnd: '2017-06-17' });
    expect(one('Fighting raged between 3 and 17 June.', SUNDAY)).toMatchObject({ date: '2017-06-03', dateEnd: '2017-06-17' });
  });

  it('reads mid-, early and late months as thirds of the month', () => {
    expect(one('Rebels withdrew in mid-June.', SUNDAY)).toMatchObject({ date: '2017-06-11', dateEnd: '2017-06-20', precision: 'range' });
    expect(one('Rebels withdrew in early May 2017.', SUNDAY)).toMatchObject({ date: '2017-05-01', dateEnd: '2017-05-10' });
    expect(one('It fell by the end of February 2016.', SUNDAY)).toMatchObject({ date: '2016-02-21', dateEnd: '2016-02-29' });
  });

  it('reads "in June 2017" and "in March" as months', () => {
    expect(one('The dam was seized in June 2017.', SUNDAY)).toMatchObject({ rule: 'month', date: '2017-06-01', dateEnd: '2017-06-30', precision: 'month', month: '2017-06' });
    expect(one('The town was retaken in March with air support.', SUNDAY)).toMatchObject({ month: '2017-03', precision: 'month' });
    expect(one('The town was retaken in August with air support.', SUNDAY)).toMatchObject({ month: '2016-08' });
  });

  it('keeps the year alone for "in 2014" and "since 2015", with no date', () => {
    expect(one('The militants overran the field in 2014.', SUNDAY)).toMatchObject({ rule: 'year', date: null, precision: 'unknown', basis: 'explicit', year: 2014 });
    expect(one('held by the group since 2015', SUNDAY)).toMatchObject({ year: 2015 });
  });

  it('does not read a count after a preposition as a year', () => {
    expect(findDates('a force of 2000 fighters and by 2010 armed men', SUNDAY)).toEqual([]);
    expect(one('by the end of 2016 the town had fallen', SUNDAY)).toMatchObject({ year: 2016 });
  });

  it('does not read a modal "may" or a number as a month or year', () => {
    expect(findDates('The army may advance further; 2015 fighters took part.', SUNDAY)).toEqual([]);
  });
});

describe('relative dates', () => {
  it.each([
    ['The army entered the town today.', 0, 'today'],
    ['Shelling resumed this morning.', 0, 'today'],
    ['A convoy is expected tonight.', 0, 'today'],
    ['Jets struck the bridge yesterday.', -1, 'yesterday'],
    ['Clashes went on overnight.', -1, 'yesterday'],
    ['The raid happened the day before yesterday.', -2, 'yesterday'],
    ['The village was taken 3 days ago.', -3, 'ago'],
    ['The village was taken three days ago.', -3, 'ago'],
    ['The talks resume tomorrow.', 1, 'tomorrow'],
  ])('%s', (sentence, offset, rule) => {
    const m = one(sentence, SUNDAY);
    expect(m).toMatchObject({ rule, offsetDays: offset, basis: 'relative', precision: 'day' });
    expect(m.date).toBe(new Date(Date.UTC(2017, 5, 25 + offset)).toISOString().slice(0, 10));
  });

  it('keeps the offset and no date when publication is unknown', () => {
    expect(one('Jets struck the bridge yesterday.', null)).toMatchObject({ date: null, offsetDays: -1, basis: 'relative' });
    expect(one('It fell 3 days ago.', null)).toMatchObject({ date: null, offsetDays: -3 });
  });

  it('reads vague spans as relative with no date', () => {
    for (const s of ['Raids intensified during the past days.', 'The group lost ground in recent weeks.', 'It was taken a few days ago.', 'The army recently crossed the river.']) {
      expect(one(s, SUNDAY)).toMatchObject({ date: null, precision: 'unknown', basis: 'relative', offsetDays: null });
    }
  });

  it('reads durations as vague, not as dates', () => {
    for (const s of ['The airbase had been besieged for three years.', 'The weeks-long battle ended.', 'The army has pushed east for weeks.', 'It lost three cities in the space of a few weeks.']) {
      expect(one(s, SUNDAY)).toMatchObject({ rule: 'duration', date: null, precision: 'unknown', offsetDays: null });
    }
  });

  it('reads weeks as calendar ranges', () => {
    // Sunday 2017-06-25: last week is Monday 12 – Sunday 18 June; earlier this week is Monday 19 – Saturday 24.
    expect(one('The gas field was captured last week.', SUNDAY)).toMatchObject({ date: '2017-06-12', dateEnd: '2017-06-18', precision: 'range' });
    expect(one('Earlier this week the army massed troops.', SUNDAY)).toMatchObject({ date: '2017-06-19', dateEnd: '2017-06-24' });
  });

  it('reads a weekday as the latest such day on or before publication', () => {
    expect(one('Troops reached the town on Monday.', MONDAY)).toMatchObject({ date: MONDAY, offsetDays: 0, weekday: 1 });
    expect(one('Troops reached the town on Saturday.', MONDAY)).toMatchObject({ date: '2017-06-17', offsetDays: -2 });
    expect(one('Troops reached the town last Monday.', MONDAY)).toMatchObject({ date: '2017-06-12', offsetDays: -7 });
  });

  it('without publication, takes the first weekday as the wire story day', () => {
    const found = findDates('State media said on Sunday that the town fell. On Friday, the ministry reported strikes.', null);
    expect(found.map((m) => [m.text, m.offsetDays, m.date])).toEqual([['Sunday', 0, null], ['Friday', -2, null]]);
  });

  it('does not read lower-case or embedded weekday-like words', () => {
    expect(findDates('The Mondayville road and sundays market', SUNDAY)).toEqual([]);
  });
});

describe('checkDateConsistency', () => {
  it('notes an explicit date after publication', () => {
    const notes = checkDateConsistency(findDates('The town fell on 30 June 2017.', SUNDAY), SUNDAY);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('2017-06-30');
  });

  it('notes "yesterday the 13th" in a report of the 20th', () => {
    const published = '2017-06-20';
    const notes = checkDateConsistency(findDates('fighting raging since yesterday the 13th of June 2017', published), published);
    expect(notes).toEqual([expect.stringContaining('2017-06-13')]);
  });

  it('with unknown publication, notes explicit dates after the day a pair implies', () => {
    const text = 'The town fell on the 19th of June 2017, while clashes go on since yesterday the 13th of June 2017.';
    const notes = checkDateConsistency(findDates(text, null), null);
    expect(notes).toEqual([expect.stringContaining('2017-06-14')]);
  });

  it('finds nothing to say about consistent dates', () => {
    expect(checkDateConsistency(findDates('Yesterday, 24 June, the army advanced; on 19 June it had paused.', SUNDAY), SUNDAY)).toEqual([]);
  });
});

describe('robustness', () => {
  it('rejects a malformed publication date', () => {
    expect(() => findDates('today', '2017-13-01')).toThrow(/published/);
  });

  it('never throws and returns ordered, non-overlapping spans that match the text', () => {
    const words = fc.constantFrom('on', 'the', '19th', 'of', 'June', '2017', 'yesterday', 'Monday', 'last', 'week', 'mid-', 'from', 'till', '3', 'days', 'ago', '/', '-', ' ', '\n', 'in', 'since', '2014');
    const texts = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')));
    const published = fc.option(fc.date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    fc.assert(
      fc.property(texts, published, (text, pub) => {
        const found = findDates(text, pub);
        let lastEnd = 0;
        for (const m of found) {
          expect(m.start).toBeGreaterThanOrEqual(lastEnd);
          expect(text.slice(m.start, m.end)).toBe(m.text);
          if (m.date !== null) expect(m.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          lastEnd = m.end;
        }
        checkDateConsistency(found, pub);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('scans a long unpunctuated text quickly', () => {
    const text = 'x'.repeat(200_000) + ' on 19 June 2017 ' + '9'.repeat(100_000);
    const t0 = performance.now();
    expect(findDates(text, SUNDAY)).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('more forms', () => {
  it('reads month-first ranges', () => {
    expect(one('Clashes lasted June 3-17, 2017.', SUNDAY)).toMatchObject({ rule: 'range', date: '2017-06-03', dateEnd: '2017-06-17' });
    expect(one('between May 28 and June 2 the road was cut', SUNDAY)).toMatchObject({ date: '2017-05-28', dateEnd: '2017-06-02' });
  });

  it('reads the past 24 hours as a range ending at publication', () => {
    expect(one('Activists counted 40 strikes in the past 24 hours.', SUNDAY)).toMatchObject({ rule: 'past-hours', date: '2017-06-24', dateEnd: SUNDAY, offsetDays: -1 });
  });

  it('reads last year and mid-2016 as years', () => {
    expect(one('The town fell last year.', SUNDAY)).toMatchObject({ rule: 'year-relative', year: 2016, date: null, basis: 'relative' });
    expect(one('It was lost in mid-2016.', SUNDAY)).toMatchObject({ rule: 'year', year: 2016 });
  });
});
