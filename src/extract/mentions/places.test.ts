import { describe, expect, it } from 'vitest';
import { findPlaces } from './places.ts';

const places = (text: string) => findPlaces(text, 0, []);

describe('findPlaces', () => {
  it('reads kind cues before and after a name', () => {
    expect(places('in al-Kabir oilfield')[0]).toMatchObject({ name: 'al-Kabir', kindHint: 'oil_field', text: 'al-Kabir oilfield' });
    expect(places('captured the town of Qaryatayn')[0]).toMatchObject({ name: 'Qaryatayn', kindHint: 'town' });
  });

  it('anchors unnamed sites inside a named town near it, but reads "the neighbourhoods of A" as A', () => {
    expect(places('seized several strategic sites in the town of Busayrah')[0]).toMatchObject({ name: 'Busayrah', relation: 'near', text: 'several strategic sites in the town of Busayrah' });
    expect(places('cleared the neighbourhoods of Rumaylah')[0]?.relation).toBeUndefined();
  });

  it('reads no place in sentence openers such as "Inside" or "Pro-government"', () => {
    expect(places('Inside the pocket, the army took several villages.')).toEqual([]);
    expect(places('Pro-government media said so.')).toEqual([]);
  });

  it('reads no place in a person’s name, but does after "said" when a clause goes on', () => {
    expect(places('Civilians are trapped, Khaled al-Omari, who runs the council, told reporters.').map((p) => p.name)).toEqual([]);
    expect(places('Those who stayed, said al-Omari, are poor.').map((p) => p.name)).toEqual([]);
    expect(places('The monitor said Tal Sawda was captured.').map((p) => p.name)).toEqual(['Tal Sawda']);
    expect(places('Speaking about the advances, the spokesperson for the operation, Rojda Felat stated that it goes on.').map((p) => p.name)).toEqual([]);
  });

  it('reads no place in an outlet bracketed after a dateline', () => {
    expect(places('Idlib (Enab) – The group withdrew.').map((p) => p.name)).toEqual(['Idlib']);
  });

  it('reads offsets and relations', () => {
    expect(places('stands 13 km south of Deir ez-Zor')[0]).toMatchObject({ name: 'Deir ez-Zor', offset: { km: 13, bearingDeg: 180 }, relation: 'near' });
    expect(places('in the eastern countryside of Hama')[0]).toMatchObject({ name: 'Hama', relation: 'countryside', provinceHint: 'Hama' });
  });

  it('keeps compass words in the phrase so the cues before them are read', () => {
    expect(places('the western outskirts of the Eastern Ghouta')[0]).toMatchObject({ name: 'Ghouta', relation: 'outskirts', text: 'western outskirts of the Eastern Ghouta' });
  });

  it('shares a plural cue across a list', () => {
    const list = places('in Hama and Homs provinces');
    expect(list.map((p) => [p.name, p.kindHint])).toEqual([['Hama', 'province'], ['Homs', 'province']]);
  });

  it('drops sentence openers, calendar words, outlets and compound adjectives', () => {
    expect(places('On Monday the Syrian Observatory for Human Rights said IS-held areas shrank.')).toEqual([]);
  });

  it('reads anaphors for coreference', () => {
    expect(places('They left the field.')[0]).toMatchObject({ anaphor: 'field' });
  });
});
