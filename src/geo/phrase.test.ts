import { describe, expect, it } from 'vitest';
import { isGenericName, queryFromPhrase, tailOfPhrase } from './phrase.ts';

describe('queryFromPhrase', () => {
  it('reads offsets', () => {
    expect(queryFromPhrase('18 kms to the south of Sukhna')).toMatchObject({ name: 'Sukhna', offset: { km: 18, bearingDeg: 180 } });
    expect(queryFromPhrase('10 kilometers north-east of Arak')).toMatchObject({ name: 'Arak', offset: { km: 10, bearingDeg: 45 } });
  });
  it('reads relations', () => {
    expect(queryFromPhrase('the eastern countryside of al-Salamiyah')).toMatchObject({ name: 'al-Salamiyah', relation: 'countryside' });
    expect(queryFromPhrase('southwestern outskirts of Deir Ezzor city')).toMatchObject({ name: 'Deir Ezzor', relation: 'outskirts', kindHint: 'city' });
    expect(queryFromPhrase('the vicinity of Ein Tarma town')).toMatchObject({ name: 'Ein Tarma', relation: 'near' });
    expect(queryFromPhrase('rural Hama province')).toMatchObject({ name: 'Hama', relation: 'countryside' });
    expect(queryFromPhrase('east Salamiyah')).toMatchObject({ name: 'Salamiyah', relation: 'countryside' });
  });
  it('reads a road named by its two ends as the stretch between them, keeping hyphenated names whole', () => {
    expect(queryFromPhrase('the Palmyra-Sukhnah road')).toMatchObject({ name: 'Palmyra', otherName: 'Sukhnah', relation: 'between' });
    expect(queryFromPhrase('the Deir ez-Zor–Hasakah highway')).toMatchObject({ name: 'Deir ez-Zor', otherName: 'Hasakah', relation: 'between' });
    expect(queryFromPhrase('the Raqqa-Deir ez-Zor road')).toMatchObject({ name: 'Raqqa', otherName: 'Deir ez-Zor', relation: 'between' });
    expect(queryFromPhrase('the al-Bab road').relation).toBeUndefined();
  });
  it('drops a possessor in front of a place, not the Ra\'s of a name', () => {
    expect(queryFromPhrase("ISIL's central pocket")).toMatchObject({ name: 'central pocket' });
    expect(queryFromPhrase('the army’s Tiyas airbase')).toMatchObject({ name: 'Tiyas', kindHint: 'airport' });
    expect(queryFromPhrase("Ra's al-Ayn")).toMatchObject({ name: "Ra's al-Ayn" });
  });
  it('reads between', () => {
    expect(queryFromPhrase('the road between Khanasser and Ithriya')).toMatchObject({ name: 'Khanasser', otherName: 'Ithriya', relation: 'between' });
  });
  it('reads feature cues', () => {
    expect(queryFromPhrase('al-Hail oilfield')).toMatchObject({ name: 'al-Hail', kindHint: 'field' });
    expect(queryFromPhrase('the town of al-Sukhna')).toMatchObject({ name: 'al-Sukhna', kindHint: 'town' });
    expect(queryFromPhrase('the province of Deir al-Zour')).toMatchObject({ name: 'Deir al-Zour', kindHint: 'province' });
    expect(queryFromPhrase('Jazal')).toEqual({ name: 'Jazal', text: 'Jazal' });
  });
  it('drops a leading verb in -ing, not a short word that ends so', () => {
    expect(queryFromPhrase('Securing the town of Tabqa')).toMatchObject({ name: 'Tabqa', kindHint: 'town' });
    expect(queryFromPhrase('Storming Raqqa city')).toMatchObject({ name: 'Raqqa', kindHint: 'city' });
    expect(queryFromPhrase('King Faisal')).toMatchObject({ name: 'King Faisal' });
  });
  it('finds the place at the end of a longer phrase', () => {
    expect(tailOfPhrase('the Euphrates River near Deir ez-Zor')).toMatchObject({ name: 'Deir ez-Zor', relation: 'near' });
    expect(tailOfPhrase('3 villages and hills, eastern countryside of Hama')).toMatchObject({ name: 'Hama', relation: 'countryside' });
    expect(tailOfPhrase('Jazal')).toBeNull();
  });
  it('knows bare generic words', () => {
    expect(isGenericName('the airbase')).toBe(true);
    expect(isGenericName('Arak')).toBe(false);
  });
});
