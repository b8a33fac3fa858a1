import { describe, expect, it } from 'vitest';
import { placesIn } from './places.ts';

describe('placesIn', () => {
  it('takes capitalised names after place prepositions and names with Arabic articles', () => {
    expect(placesIn('Troops are 15 km away from Al-Sukhnah city and 55 km west of Deir Ezzor.')).toEqual(['Al-Sukhnah', 'Deir Ezzor']);
    expect(placesIn('The army reached al-Rasafeh, some 30km from Raqqa city.')).toEqual(['al-Rasafeh', 'Raqqa']);
    expect(placesIn('an area within the provinces of al-Raqqa, Homs, and Hama')).toEqual(['al-Raqqa', 'Homs', 'Hama']);
  });

  it('drops actors, outlets, calendar words and place-type words', () => {
    expect(placesIn('Fighters of the Islamic State withdrew from Homs Province on Monday, the Observatory said.')).toEqual(['Homs']);
    expect(placesIn('ISIS took 8 villages from Hayat Tahrir al-Sham in the Britain-based monitor’s count.')).toEqual([]);
  });

  it('ignores capitalised words at the start of a sentence', () => {
    expect(placesIn('Syrian Army Units Advance')).toEqual([]);
  });
});
