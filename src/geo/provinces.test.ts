import { describe, expect, it } from 'vitest';
import { createProvinceLocator, provinceAt } from './provinces.ts';

describe('provinceAt', () => {
  it.each([
    [33.513, 36.292, 'Damascus'], [34.73, 36.71, 'Homs'], [35.13, 36.75, 'Hama'], [35.95, 39.01, 'Ar Raqqah'],
    [35.336, 40.141, 'Deir ez-Zor'], [36.2, 37.16, 'Aleppo'], [32.62, 36.1, 'Daraa'], [34.56, 38.28, 'Homs'],
  ])('%f, %f is in %s', (lat, lon, want) => expect(provinceAt(lat, lon)).toBe(want));

  it('is null outside Syria', () => {
    expect(provinceAt(33.89, 35.5)).toBeNull(); // Beirut
    expect(provinceAt(33.31, 44.36)).toBeNull(); // Baghdad
  });

  it('respects holes in polygons', () => {
    const square = (a: number, b: number) => [[a, a], [b, a], [b, b], [a, b], [a, a]];
    const locate = createProvinceLocator({
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Ring' }, geometry: { type: 'Polygon', coordinates: [square(0, 10), square(4, 6)] } }],
    });
    expect(locate(2, 2)).toBe('Ring');
    expect(locate(5, 5)).toBeNull();
  });
});
