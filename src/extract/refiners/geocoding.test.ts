import { describe, expect, it } from 'vitest';
import { extractReport } from '../index.ts';
import { reportOf, tableGeocoder } from '../test-support.ts';

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
});
