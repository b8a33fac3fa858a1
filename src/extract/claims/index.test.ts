import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ClaimRecord, Report } from '../../model/index.ts';
import { findDates } from '../dates/index.ts';
import { splitSentences } from '../sentences.ts';
import { extractClaims } from './index.ts';

function report(text: string, published: string | null = '2017-07-20'): Report {
  return { id: 'r1', source: null, url: null, published, title: null, note: null, text, contentHash: '', format: 'text', origin: 'test', warnings: [] };
}

const claims = (text: string, published?: string | null): ClaimRecord[] => extractClaims(report(text, published));
const brief = (text: string): Array<[string, number, string, string]> => claims(text).map((c) => [c.kind, c.value, c.unit, c.qualifier]);

describe('distances', () => {
  it.each<[string, number, string]>([
    ['Government troops are now about 70 km away from the besieged city of Deir Ezzor.', 70, 'about'],
    ['The convoy stopped some 30km from al-Tabqa.', 30, 'about'],
    ['The militants are less than 15 km away from Al-Sukhnah, a commander said.', 15, 'less_than'],
    ['The airbase lies 35 kilometres (20 miles) northeast of the ancient city of Palmyra.', 35, 'exact'],
    ['The frontline moved to within 12 kilometers of Maadan.', 12, 'exact'],
    ['Forces pushed more than eleven kilometres east of the lake.', 11, 'more_than'],
    ['Troops advanced nearly 25 km in two days.', 25, 'about'],
  ])('%s', (sentence, km, qualifier) => {
    expect(brief(sentence)).toEqual([['distance', km, 'km', qualifier]]);
  });

  it('reads a range of values as up to its upper end', () => {
    expect(brief('The front is 10-15 km from the airport.')).toEqual([['distance', 15, 'km', 'up_to']]);
    expect(brief('The front is between 10 and 15 km from the airport.')).toEqual([['distance', 15, 'km', 'up_to']]);
  });

  it('converts miles to kilometres', () => {
    expect(brief('The town is 10 miles south of the border.')).toEqual([['distance', 16.09, 'km', 'exact']]);
  });

  it('says what the distance is about and which places the sentence names', () => {
    const [c] = claims('The army is 18 kms to the south of Kabajeb after taking the hills.');
    expect(c).toMatchObject({ about: 'distance south of Kabajeb', places: ['Kabajeb'], quote: 'The army is 18 kms to the south of Kabajeb after taking the hills' });
  });

  it('names the place at that distance when the sentence gives one before the number', () => {
    const [c] = claims('Troops in al-Kawm are now 20 km from Raqqa.');
    expect(c).toMatchObject({ about: 'distance from Raqqa (al-Kawm)', places: ['al-Kawm', 'Raqqa'] });
  });

  it('lists the places of the claim’s clause first', () => {
    const [c] = claims('After taking al-Kawm, the army is 20 km from Raqqa.');
    expect(c?.places).toEqual(['Raqqa', 'al-Kawm']);
  });
});

describe('areas', () => {
  it.each<[string, number, string]>([
    ['The group held more than 11 thousand kilometers square across three provinces.', 11000, 'more_than'],
    ['The pocket covers 11,000 square km of desert.', 11000, 'exact'],
    ['The enclave shrank to less than 186 square miles.', 481.74, 'less_than'],
    ['Rebels control about 400 km2 in the south.', 400, 'about'],
    ['An area of 1,200 sq km was cleared.', 1200, 'exact'],
    ['Farmers lost 500 hectares of wheat.', 5, 'exact'],
    ['The besieged zone spans an estimated 2,600 square kilometres.', 2600, 'about'],
  ])('%s', (sentence, km2, qualifier) => {
    expect(brief(sentence)).toEqual([['area', km2, 'km2', qualifier]]);
  });

  it('names the held area the figure measures', () => {
    const [c] = claims('The offensive would trap an ISIS-held area of more than 5,000 square km in Homs.');
    expect(c?.about).toBe('ISIS-held area (Homs)');
  });
});

describe('shares and counts', () => {
  it('reads a share of land as an area in percent, a share of anything else as a count', () => {
    expect(brief('The militants retook more than 40 percent of the town of Mayadin.')).toEqual([['area', 40, 'percent', 'more_than']]);
    expect(brief('The SDF controls more than a quarter of Syria.')).toEqual([['area', 25, 'percent', 'more_than']]);
    expect(brief('Officials said 90% of the supply routes were cut.')).toEqual([['count', 90, 'percent', 'exact']]);
  });

  it.each<[string, number, string, string]>([
    ['The war has killed more than 320,000 people since 2011.', 320000, 'people killed', 'more_than'],
    ['At least 30 airstrikes hit the suburbs on Tuesday.', 30, 'airstrikes', 'at_least'],
    ['Nearly a dozen civilians were killed in the shelling.', 12, 'civilians killed', 'about'],
    ['More than 120 terrorists were killed during the operation.', 120, 'fighters killed', 'more_than'],
    ['An estimated 15,000 people are trapped inside.', 15000, 'people', 'about'],
    ['The army captured 8 villages near the lake.', 8, 'villages', 'exact'],
    ['Troops Capture Nine Villages South Of The River', 9, 'villages', 'exact'],
    ['Six Russian long-range bombers hit targets in the province.', 6, 'aircraft', 'exact'],
    ['Rebels fired 140 artillery shells at the base.', 140, 'missiles', 'exact'],
    ['more than two dozen airstrikes hit the suburbs', 24, 'airstrikes', 'more_than'],
    ['up to 1.5 million people have fled the province', 1500000, 'people', 'up_to'],
    ['The number of villages captured since dawn thus rose to 14', 14, 'villages', 'exact'],
    ['The army sent a force of 2000 fighters to the front.', 2000, 'fighters', 'exact'],
    ['The car bomb killed at least 12 near the market.', 12, 'people killed', 'at_least'],
    ['the number of civilians killed in the strikes has reached more than 60', 60, 'civilians killed', 'more_than'],
  ])('%s', (sentence, value, unit, qualifier) => {
    expect(brief(sentence)).toEqual([['count', value, unit, qualifier]]);
  });

  it('reads a toll after "killed … and wounded …" as two counts', () => {
    expect(brief('The shelling killed 7 and wounded 20 in the town.')).toEqual([
      ['count', 7, 'people killed', 'exact'],
      ['count', 20, 'people injured', 'exact'],
    ]);
  });

  it('does not take "dozens", "hundreds" or "scores" as values', () => {
    expect(claims('Dozens of fighters and hundreds of civilians fled; scores of militants were killed.')).toEqual([]);
  });
});

describe('numbers that are not claims', () => {
  it.each([
    'The 5th Corps and Division 17 moved toward the town on 19 June 2017.',
    'Fighters of Brigade 47 reached Shahed 9 at 10:30 pm.',
    'The M5 highway and Route 4 reopened in 2016.',
    'A 12-year-old boy and a man aged 45 were hurt.',
    'For information call +963 11 2233 4455.',
    'The offensive began 3 days ago and resumed in 2014.',
    'Power Plant 3 was hit by shells.',
    'Save up to 60% off on subscriptions.',
    '6532km',
    'Distance: 45 km',
  ])('%s', (sentence) => {
    expect(claims(sentence)).toEqual([]);
  });
});

describe('records', () => {
  it('dates a claim by its sentence, else by publication', () => {
    const found = claims('On Monday the army was 20 km from the city. It is now 10 km away.', '2017-07-20');
    expect(found.map((c) => [c.value, c.date])).toEqual([[20, '2017-07-17'], [10, '2017-07-20']]);
    expect(claims('It is now 10 km away.', null)[0]?.date).toBeNull();
  });

  it('gives the same claims when the caller passes the sentences and dates it already has', () => {
    const text = 'On Monday the army was 20 km from Raqqa. Jets killed 12 civilians yesterday.';
    const r = report(text);
    const dates = findDates(text, r.published).map(({ start, end, date, precision, basis }) => ({ start, end, date, precision, basis }));
    expect(extractClaims(r, { sentences: splitSentences(text), dates })).toEqual(extractClaims(r));
  });

  it('keeps the clause as quote and its span in the report text', () => {
    const text = 'After heavy fighting, the army is 25 km south of Raqqa, officials said.';
    const [c] = claims(text);
    expect(c?.quote).toBe('the army is 25 km south of Raqqa');
    expect(text.slice(c!.span[0], c!.span[1])).toBe(c?.quote);
  });

  it('drops a bracketed restatement and a repeated figure', () => {
    expect(brief('The field is 35 km (22 miles) east of Palmyra.')).toHaveLength(1);
    expect(brief('Army 70 km from closing the siege of Deir Ezzor\nThe army is about 70 km from closing the siege of Deir Ezzor.')).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('never throws on random text, and every quote is the text at its span', () => {
    const pieces = fc.constantFrom('more than', '11', 'thousand', 'km', 'square', 'miles', '%', 'of', 'Raqqa', 'al-', 'people', 'killed', '(', ')', ',', '.', '\n', 'a quarter of', 'dozen', '1.5', 'on 19 June');
    const texts = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.array(pieces, { maxLength: 60 }).map((w) => w.join(' ')));
    fc.assert(
      fc.property(texts, (text) => {
        for (const c of extractClaims(report(text))) {
          expect(text.slice(c.span[0], c.span[1])).toBe(c.quote);
          expect(Number.isFinite(c.value)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('handles a long unpunctuated text quickly', () => {
    const text = 'the army advanced 5 km and '.repeat(20_000);
    const t0 = performance.now();
    expect(extractClaims(report(text)).length).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});
