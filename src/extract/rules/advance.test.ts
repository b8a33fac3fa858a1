import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('advance rules', () => {
  it.each([
    ['The Tiger Forces advanced towards Maskanah.', 'advance/government@Maskanah/asserted'],
    ['SDF units reached the outskirts of Tabqa.', 'advance/sdf@outskirts of Tabqa/asserted'],
    ['The army now stands 12 km north of Qaryatayn.', 'advance/government@12 km north of Qaryatayn/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('skips the origin of a movement', () => {
    expect(brief('Government troops advancing from Ithriya reached Rasm al-Abd.')).toEqual(['advance/government@Rasm al-Abd/asserted']);
  });

  it('keeps only the capture when the advance ends in it', () => {
    expect(brief('The army advanced on Tall Sawwan and captured Tall Sawwan.')).toEqual(['capture/government@Tall Sawwan/asserted']);
  });

  it('does not read geography as an advance', () => {
    expect(brief('The Tiyas airbase lies 60 km west of Palmyra.')).toEqual([]);
  });

  it('reads a river crossing as an advance, but not a place called a crossing', () => {
    expect(brief('Government troops crossed the Euphrates near Tabni.')).toContain('advance/government@Euphrates/asserted');
    expect(brief('ISIS still holds the Naim Crossing.').filter((e) => e.startsWith('advance'))).toEqual([]);
  });

  it('does not read pushing people to do something as an advance', () => {
    expect(brief('The Syrian army shelling pushed families in Douma to flee.').filter((e) => e.startsWith('advance'))).toEqual([]);
  });

  it('skips an actor inside a relative clause when reading the subject', () => {
    expect(brief('The troops, which broke the IS siege on Kuweires this week, reached the airbase of Jirah.')).toContain('advance/government@Jirah/asserted');
  });

  it('reads "its outskirts" as near the place just named, and a national border as a place', () => {
    expect(brief('The army captured Qaryatayn on Thursday after advancing on its outskirts.')).toContain('advance/government@outskirts of Qaryatayn/asserted');
    expect(brief('The army reached the Jordanian border for the first time since 2013.')).toContain('advance/government@Jordanian border/asserted');
  });
});
