import { describe, expect, it } from 'vitest';
import { syriaTheater } from '../../theater/syria/index.ts';
import { createActorMatcher } from './actors.ts';

const matcher = createActorMatcher(syriaTheater);
const sides = (text: string) => matcher.find(text, 0).map((a) => `${a.text}:${a.side}`);

describe('actor matcher', () => {
  it.each([
    ['Daesh fled', 'Daesh:isis'],
    ['the Islamic State group', 'Islamic State group:isis'],
    ['ISIL terrorists', 'ISIL terrorists:isis'],
    ['Kurdish-led forces', 'Kurdish-led forces:sdf'],
    ['the US-led coalition', 'US-led coalition:us_coalition'],
    ['Hay’at Tahrir al-Sham', 'Hay’at Tahrir al-Sham:hts'],
    ['Jaish al-Izza', 'Jaish al-Izza:rebels'],
    ['Euphrates Shield forces', 'Euphrates Shield forces:turkey'],
    ['Liwa al-Baqir', 'Liwa al-Baqir:government'],
  ])('%s', (text, expected) => {
    expect(sides(text)).toContain(expected);
  });

  it('reads an abbreviation’s own dot inside a name, but no sentence’s end', () => {
    expect(sides('losing ground to U.S. backed forces')).toEqual(['U.S. backed forces:sdf']);
    expect(sides('hit Daesh. Fighters then left')).toEqual(['Daesh:isis']);
  });

  it('reads IS only in capitals', () => {
    expect(sides('The town is quiet; IS left.')).toEqual(['IS:isis']);
  });

  it('prefers the longest overlapping alias', () => {
    expect(sides('the regime forces')).toEqual(['regime forces:government']);
  });

  it('does not read compound adjectives as actors', () => {
    expect(sides('ISIS-held villages')).toEqual([]);
  });

  it('marks descriptions as generic', () => {
    expect(matcher.find('the militants', 0)[0]?.generic).toBe(true);
  });
});
