import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.ts';
import { createGeocoder } from './geocoder.ts';
import { haversineKm } from './geometry.ts';
import { TEST_PLACES } from './fixtures.ts';
import { queryFromPhrase } from './phrase.ts';
import { loadSyriaGazetteer } from './load.ts';

const geocoder = createGeocoder(new Gazetteer(TEST_PLACES));
const geocodePhrase = (text: string, extra = {}) => geocoder.geocode({ ...queryFromPhrase(text), ...extra });

describe('geocoder over a small gazetteer', () => {
  it('resolves a known name exactly, with admin1', () => {
    const r = geocoder.geocode({ name: 'Deir Ezzur', text: 'Deir Ezzur' });
    expect(r).toMatchObject({ precision: 'exact', admin1: 'Deir ez-Zor', lat: 35.336, lon: 40.141 });
    expect(r?.place?.id).toBe('t:deir');
  });

  it('places an offset from its anchor', () => {
    const r = geocodePhrase('13 km south of Deir ez-Zor');
    expect(r?.precision).toBe('near');
    expect(haversineKm(r?.lat ?? 0, r?.lon ?? 0, 35.336, 40.141)).toBeCloseTo(13, 0);
    expect(r?.lat).toBeLessThan(35.336);
  });

  it('puts a countryside of a town at the town, near', () => {
    const r = geocodePhrase('the eastern countryside of al-Salamiyah');
    expect(r).toMatchObject({ precision: 'near', lat: 35.011, admin1: 'Hama' });
  });

  it('reads a countryside or a province of a governorate as the province', () => {
    expect(geocodePhrase('eastern countryside of Hama')).toMatchObject({ precision: 'province', admin1: 'Hama' });
    expect(geocodePhrase('the administrative borders of Homs province')).toMatchObject({ precision: 'province', admin1: 'Homs' });
    expect(geocodePhrase('Hama city')?.place?.id).toBe('t:hama');
  });

  it('puts a road between two places on the segment between them', () => {
    const r = geocodePhrase('the road between Khanasser and Ithriya');
    expect(r?.precision).toBe('near');
    expect(r?.lat).toBeCloseTo((35.782 + 35.366) / 2, 3);
  });

  it('follows the feature cue between a field and a village of the same name', () => {
    expect(geocodePhrase('Ark oilfield')?.place?.id).toBe('t:arak-field');
    expect(geocodePhrase('the village of Arak')?.place?.id).toBe('t:arak-village');
  });

  it('follows the stated province and the report’s other places', () => {
    expect(geocoder.geocode({ name: 'Rusafa', text: 'Rusafa', provinceHint: 'Hama' })?.place?.id).toBe('t:rusafa-hama');
    expect(geocoder.geocode({ name: 'Rusafa', text: 'Rusafa', nearby: [{ lat: 35.6, lon: 38.8 }] })?.place?.id).toBe('t:rusafa-raqqa');
  });

  it('answers country precision for the country', () => {
    expect(geocodePhrase('Syria')).toMatchObject({ precision: 'country', admin1: null });
  });

  it('returns null for an unknown name or a bare generic word', () => {
    expect(geocodePhrase('Qwertyville')).toBeNull();
    expect(geocodePhrase('the airbase')).toBeNull();
  });
});

describe('default Syria geocoder', () => {
  const syria = createGeocoder(loadSyriaGazetteer());
  const cases: Array<[string, number, number]> = [
    ['al-Resafa', 35.63, 38.757],
    ['Aqayrabat', 35.043, 37.464],
    ['Sokhna city', 34.885, 38.871],
    ['al-Mayadeen city', 35.021, 40.453],
    ['Bukamal', 34.45, 40.919],
    ['the Conoco gas field', 35.334, 40.306],
    ['Tabqa airbase', 35.754, 38.567],
  ];
  it.each(cases)('%s lands within 5 km', (text, lat, lon) => {
    const r = syria.geocode(queryFromPhrase(text));
    expect(haversineKm(r?.lat ?? 0, r?.lon ?? 0, lat, lon)).toBeLessThan(5);
    expect(r?.admin1).toBeTruthy();
  });
});

describe('geocoder look-up memo', () => {
  it('forgets remembered names when the gazetteer changes', () => {
    const g = new Gazetteer(TEST_PLACES);
    const geocoder = createGeocoder(g);
    expect(geocoder.geocode({ name: "Ma'adan", text: "Ma'adan" })).toBeNull();
    g.add([{ id: 't:maadan', name: "Ma'adan", altNames: [], kind: 'town', lat: 35.73, lon: 39.6, admin1: 'Ar Raqqah', population: null, source: 'test' }]);
    expect(geocoder.geocode({ name: "Ma'adan", text: "Ma'adan" })?.place?.id).toBe('t:maadan');
  });
});

