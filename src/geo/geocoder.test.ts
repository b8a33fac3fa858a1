import { describe, expect, it } from 'vitest';
import { Gazetteer } from './gazetteer.ts';
import { createGeocoder } from './geocoder.ts';
import { haversineKm } from './geometry.ts';
import { TEST_PLACES } from './fixtures.ts';
import { queryFromPhrase } from './phrase.ts';
import { loadSyriaGazetteer } from './load.ts';
import type { Place } from '../model/place.ts';

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

  it('puts a road named by its two ends between them, unless the gazetteer knows the stretch', () => {
    const r = geocodePhrase('the Khanasir-Ithriya road');
    expect(r).toMatchObject({ precision: 'near' });
    expect(r?.lat).toBeCloseTo((35.782 + 35.366) / 2, 3);
    const named = createGeocoder(new Gazetteer([...TEST_PLACES, { ...TEST_PLACES[0]!, id: 't:road', name: 'Khanasir–Ithriya road', altNames: ['Khanasir-Ithriya road'], kind: 'road', lat: 35.5, lon: 37.4 }]));
    expect(named.geocode(queryFromPhrase('the Khanasir-Ithriya road'))?.place?.id).toBe('t:road');
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

describe('candidate ranking over written places', () => {
  const local = (id: string, name: string, kind: Place['kind'], lat: number, lon: number): Place =>
    ({ id, name, altNames: [], kind, lat, lon, admin1: null, population: null, source: 'test' });
  const g = createGeocoder(new Gazetteer([
    local('t:qaryatain-village', 'Qaryatain', 'village', 34.0, 36.0),
    local('t:qaryatayn-town', 'Al Qaryatayn', 'town', 34.23, 37.24),
    local('t:masaran', 'Ma‘saran', 'village', 35.313, 37.246),
    local('t:maysarah', 'Maysarah', 'village', 36.516, 37.75),
    local('t:qanbar', 'Qanbar', 'village', 35.072, 37.453),
    local('t:rasm-kabir', 'Rasm al Kabir', 'village', 36.221, 37.643),
  ]));
  const around = [{ lat: 35.30, lon: 37.26 }, { lat: 35.32, lon: 37.20 }, { lat: 35.29, lon: 37.21 }];

  it('lets a city cue prefer a town to a village, even one spelt exactly', () => {
    expect(g.geocode(queryFromPhrase('Qaryatain city'))?.place?.id).toBe('t:qaryatayn-town');
    expect(g.geocode(queryFromPhrase('the village of Qaryatain'))?.place?.id).toBe('t:qaryatain-village');
  });

  it('prefers a one-edit spelling amid the report’s places to a skeleton homonym far away', () => {
    expect(g.geocode({ name: 'Ma’sarah', text: 'Ma’sarah' })?.place?.id).toBe('t:maysarah');
    expect(g.geocode({ name: 'Ma’sarah', text: 'Ma’sarah', nearby: around })?.place?.id).toBe('t:masaran');
    // A name met as spelt stands, wherever the neighbours are.
    expect(g.geocode({ name: 'Maysarah', text: 'Maysarah', nearby: around })?.place?.id).toBe('t:maysarah');
  });

  it('drops a head word such as Rasm ("farm") when the whole name only met guesses', () => {
    expect(g.geocode(queryFromPhrase('Rasm Qanbar farm'))?.place?.id).toBe('t:qanbar');
  });

  it('takes a direction word that is part of a gazetteer name as the name, exactly', () => {
    const regions = createGeocoder(new Gazetteer([
      local('t:qalamoun', 'Qalamoun', 'region', 33.9, 36.6),
      local('t:east-qalamoun', 'Eastern Qalamoun', 'region', 33.75, 36.95),
    ]));
    expect(regions.geocode(queryFromPhrase('eastern Qalamoun'))).toMatchObject({ place: { id: 't:east-qalamoun' }, precision: 'exact' });
    expect(regions.geocode(queryFromPhrase('northern Qalamoun'))).toMatchObject({ place: { id: 't:qalamoun' }, precision: 'near' });
  });

  it('reads past a leading verb in -ing', () => {
    expect(geocoder.geocode({ name: 'Controlling Deir ez-Zor', text: 'Controlling Deir ez-Zor city', kindHint: 'city' })?.place?.id).toBe('t:deir');
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
    // A crossing cue also tries the roundabout of that name; Kurdish spellings reach the pack's quarters.
    ['Neim crossing', 35.952, 39.01],
    ['Sexanî neighbourhood', 35.952, 39.03],
    ['the Huweiqa neighbourhood', 35.343, 40.158],
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

