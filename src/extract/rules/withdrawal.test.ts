import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('withdrawal rules', () => {
  it.each([
    ['ISIS militants withdrew from Maadan after heavy losses.', 'withdrawal/isis@Maadan/asserted'],
    ['The rebels pulled out of Khan Shaykhun on Friday.', 'withdrawal/rebels@Khan Shaykhun/asserted'],
    ['HTS fighters fled Abu Dhuhur airbase.', 'withdrawal/hts@Abu Dhuhur airbase/asserted'],
    ['The regime lost control of the Tanak oilfield.', 'withdrawal/government@Tanak oilfield/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('reads "forced X to withdraw from Y" as X withdrawing, asserted', () => {
    expect(brief('The army forced Daesh to withdraw from Tall Dahab under heavy shelling.')).toContain('withdrawal/isis@Tall Dahab/asserted');
  });

  it('stops at the destination ("withdrew from A towards B")', () => {
    expect(brief('The jihadists withdrew from Jubb Ramlah towards Shumaytiyah.')).toEqual(['withdrawal/isis@Jubb Ramlah/asserted']);
  });

  it.each(['Thousands of civilians fled Saraqib on Tuesday.', 'Residents who fled Hajin returned home.'])('not a withdrawal: %s', (text) => {
    expect(brief(text)).toEqual([]);
  });

  it('reads a loss of listed towns with no winner as a withdrawal from each', () => {
    const events = brief('The group has lost major cities such as Manbij, Tabqa and Raqqa over the past year.', '2017-11-10');
    expect(events).toEqual(['withdrawal/isis@Manbij/asserted', 'withdrawal/isis@Tabqa/asserted', 'withdrawal/isis@Raqqa/asserted']);
  });

  it('reads "lost A to B" as B’s capture only', () => {
    expect(brief('The militants lost the towns of Kabajeb and Shula to government troops.').filter((e) => e.startsWith('withdrawal'))).toEqual([]);
  });

  it('reads being pushed back and receding as withdrawals', () => {
    expect(brief('Government troops entered Tal Sawda. They broke through before being pushed back by insurgents.')).toContain('withdrawal/government@Tal Sawda/asserted');
    expect(brief('ISIS receded from Kawkab during the past few days.')).toContain('withdrawal/isis@Kawkab/asserted');
  });
});
