import { describe, expect, it } from 'vitest';
import type { GeocodeResult, Geocoder, PlaceQuery } from '../../model/index.ts';
import { extractReport } from '../index.ts';
import { reportOf, tableGeocoder } from '../test-support.ts';

/** A geocoder where "Twin" has two homonyms and picks the one nearest the query's neighbours. */
function twinGeocoder(): Geocoder {
  const fixed: Record<string, [number, number]> = { Alpha: [35.0, 40.0], Gamma: [35.05, 40.05], Delta: [33.0, 36.0] };
  const answer = (name: string, lat: number, lon: number): GeocodeResult => ({
    place: { id: `test:${name}:${lat}`, name, altNames: [], kind: 'village', lat, lon, admin1: null, population: null, source: 'user' },
    lat, lon, precision: 'exact', admin1: null, why: 'test', score: 1,
  });
  return {
    geocode(q: PlaceQuery): GeocodeResult | null {
      const at = fixed[q.name];
      if (at) return answer(q.name, at[0], at[1]);
      if (q.name !== 'Twin') return null;
      const east = q.nearby?.some((n) => n.lon > 39) ?? false;
      return east ? answer('Twin', 35.1, 40.1) : answer('Twin', 33.1, 36.1);
    },
  };
}

describe('geocoding refiner', () => {
  it('asks the geocoder with the bare name, the cue words and the province named nearby', () => {
    const geocoder = tableGeocoder({ Arak: { lat: 34.62, lon: 38.58, admin1: 'Homs' } });
    const [event] = extractReport(reportOf('The army seized the Arak gas field in Homs province.'), { geocoder }).events;
    expect(geocoder.queries[0]).toMatchObject({ name: 'Arak', kindHint: 'gas_field', provinceHint: 'Homs' });
    expect(event?.place).toMatchObject({ canonical: 'Arak', lat: 34.62, lon: 38.58, admin1: 'Homs', precision: 'exact' });
  });

  it('passes offsets and relations', () => {
    const geocoder = tableGeocoder({});
    extractReport(reportOf('The army now stands 25 km south of Sukhnah.'), { geocoder });
    expect(geocoder.queries[0]).toMatchObject({ name: 'Sukhnah', offset: { km: 25, bearingDeg: 180 }, relation: 'near' });
  });

  it('keeps an unknown place as written with the precision its wording allows', () => {
    const [event] = extractReport(reportOf('The army captured Qasr al-Hayr.')).events;
    expect(event?.place).toMatchObject({ name: 'Qasr al-Hayr', canonical: null, lat: null, lon: null, precision: 'exact' });
    const [near] = extractReport(reportOf('ISIS ambushed troops near Shaer.')).events;
    expect(near?.place?.precision).toBe('near');
  });

  it('resolves a name with the other names of its sentence as neighbours, not those of other fronts', () => {
    const text = 'Government forces shelled Delta on Monday. The army captured Twin, Alpha and Gamma on Tuesday.';
    const events = extractReport(reportOf(text), { geocoder: twinGeocoder() }).events;
    const twin = events.find((e) => e.place?.canonical === 'Twin');
    expect(twin?.place).toMatchObject({ lat: 35.1, lon: 40.1 });
  });
});
