import { describe, expect, it } from 'vitest';
import { brief } from '../test-support.ts';

describe('capture rules', () => {
  it.each([
    ['The Syrian army recaptured the town of Tall Hamid on Monday.', 'capture/government@town of Tall Hamid/asserted'],
    ['Hezbollah fighters seized Jurf al-Nadaf after a short battle.', 'capture/government@Jurf al-Nadaf/asserted'],
    ['The SDF liberated the neighbourhood of Hisham bin Abdul Malik.', 'capture/sdf@neighbourhood of Hisham bin Abdul Malik/asserted'],
    ['Daesh militants overran Qaryat al-Shuhada overnight.', 'capture/isis@Qaryat al-Shuhada/asserted'],
    ['Government troops took control of Bir Tawil oilfield.', 'capture/government@Bir Tawil oilfield/asserted'],
    ['Tall Qasab was captured by Turkish forces on Sunday.', 'capture/turkey@Tall Qasab/asserted'],
    ['The village of Marj Sultan fell to the rebels.', 'capture/rebels@village of Marj Sultan/asserted'],
    ['Ahrar al-Sham drove the militants out of Kafr Nabudah.', 'capture/rebels@Kafr Nabudah/asserted'],
  ])('%s', (text, expected) => {
    expect(brief(text)).toContain(expected);
  });

  it('gives one event per place of a list, sharing the quote', () => {
    const events = brief('The Tiger Forces captured the villages of Umm Tuwaynah, Khirbat Sayid and Abu Alaj.');
    expect(events).toEqual([
      'capture/government@villages of Umm Tuwaynah/asserted',
      'capture/government@Khirbat Sayid/asserted',
      'capture/government@Abu Alaj/asserted',
    ]);
  });

  it('reads "X lost A to B" as a capture by B', () => {
    expect(brief('The jihadists lost Maskanah to the advancing SDF.')).toContain('capture/sdf@Maskanah/asserted');
  });

  it('keeps the setting of a place out of the list ("A in Homs" is one event)', () => {
    expect(brief('The army retook the Shaer gas field in Homs province.')).toEqual(['capture/government@Shaer gas field/asserted']);
  });

  it('reads a background fact with its own date', () => {
    expect(brief('Tadif had been in the hands of the militants since 2014.')).toContain('capture/isis@Tadif/asserted');
  });

  it.each([
    'Areas controlled by the rebels in Douma were quiet.',
    'The capture of Tabqa dam was celebrated in Damascus.',
    'ISIS controls most of the desert around Humaymah.',
    'Fighting took place near Jubb al-Jarrah.',
  ])('not a capture: %s', (text) => {
    expect(brief(text).filter((e) => e.startsWith('capture/') && e.endsWith('/asserted'))).toEqual([]);
  });

  it('reads the place a relative clause hangs on', () => {
    expect(brief('The column is nearing Qaryatayn, which government troops retook in April.')).toContain('capture/government@Qaryatayn/asserted');
  });

  it('reads "it" after a territorial verb as the place just named', () => {
    expect(brief('Residents of Qaryatayn fled after ISIS overran it in 2015.')).toContain('capture/isis@Qaryatayn/asserted');
  });

  it('reads a place listed "alongside" another as one more event', () => {
    const events = brief('The army took the Jazal oil field alongside the Shaer gas field.');
    expect(events).toEqual(['capture/government@Jazal oil field/asserted', 'capture/government@Shaer gas field/asserted']);
  });

  it('reads "in X where the militants lost ground to Y" as Y’s capture of X', () => {
    expect(brief('Fighting raged in Deir ez-Zor province where the militants have been losing ground to the SDF.')).toContain('capture/sdf@Deir ez-Zor province/asserted');
  });

  it('reads "taking X" as a capture, but not "take part" or "take the lead"', () => {
    expect(brief('The SDF pressed on, taking the village of Hamrat south of the river.')).toContain('capture/sdf@village of Hamrat/asserted');
    expect(brief('The SDF will take part in talks in Geneva.')).toEqual([]);
  });

  it('reads "drove X out of" only when someone is driven out', () => {
    expect(brief('The army drove ISIS out of Arak.')).toContain('capture/government@Arak/asserted');
    expect(brief('One Syrian army column drove south from the area of Ithriya.').filter((e) => e.startsWith('capture'))).toEqual([]);
  });

  it('reads "areas south of it" as a second place, near the one just named', () => {
    const events = brief('The army took the Jazal oil field and areas located to the south and east of it.');
    expect(events).toEqual(['capture/government@Jazal oil field/asserted', 'capture/government@areas located to the south and east of Jazal oil field/asserted']);
  });

  it('reads "X area which the army controlled" as a capture of X', () => {
    expect(brief('The army is moving on the Shaer field area which the army controlled days ago.')).toContain('capture/government@Shaer field/asserted');
  });

  it('reads "secured" positions as a capture, but a secured road as no capture', () => {
    expect(brief('The Syrian army secured hills near the village of Kawkab.')).toContain('capture/government@hills near the village of Kawkab/asserted');
    expect(brief('The Syrian army secured the road to Ithriya.').filter((e) => e.startsWith('capture'))).toEqual([]);
  });

  it('reads a participle after a place ("X, retaken in June,") as its capture', () => {
    expect(brief('The army took Arak. The T2 pumping station, retaken in June, is now a base.')).toContain('capture/government@T2 pumping station/asserted');
  });
});
