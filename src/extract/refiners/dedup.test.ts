import { describe, expect, it } from 'vitest';
import type { GeocodeResult, Geocoder, PlaceQuery } from '../../model/index.ts';
import { extractReport } from '../index.ts';
import { brief, reportOf } from '../test-support.ts';

describe('dedup refiner', () => {
  it('keeps one event when a report tells it twice', () => {
    expect(brief('The army captured Humaymah. Humaymah was captured by the army after a day of fighting.')).toEqual(['capture/government@Humaymah/asserted']);
  });

  it('keeps the hills near a town apart from the town itself', () => {
    const events = brief('The army captured the hills near the village of Mhardeh. Later the army captured Mhardeh.');
    expect(events).toEqual(['capture/government@hills near the village of Mhardeh/asserted', 'capture/government@Mhardeh/asserted']);
  });

  it('keeps events that differ in side or modality', () => {
    const events = brief('ISIS captured Humaymah in 2015. The army seeks to recapture Humaymah.');
    expect(events).toEqual(['capture/isis@Humaymah/asserted', 'capture/government@Humaymah/intended']);
  });

  it('drops a lead that restates at province level what the body tells place by place', () => {
    const geocoder: Geocoder = {
      geocode(q: PlaceQuery): GeocodeResult | null {
        const province = /province/i.test(q.text) || q.kindHint === 'province';
        const place = { id: `t:${q.name}`, name: q.name, altNames: [], kind: province ? ('province' as const) : ('village' as const), lat: 35, lon: 37, admin1: 'Hama', population: null, source: 'user' as const };
        return { place, lat: 35, lon: 37, precision: province ? 'province' : 'exact', admin1: 'Hama', why: 'test', score: 1 };
      },
    };
    const body = 'Updated 17/07/2017\nSyrian army captures more villages in Hama province\n\nThe Syrian army took the villages of Tell Sawda and Kawkab in northern Hama on Monday, a military source said.';
    const events = extractReport(reportOf(body), { geocoder }).events.map((e) => e.place?.name);
    expect(events).toEqual(['villages of Tell Sawda', 'Kawkab']);
  });

  it('reads a side moving on after its own withdrawal as where it went, not an advance', () => {
    expect(brief('ISIS fighters pulled out of Kawkab and moved towards the desert of Hama.')).toEqual(['withdrawal/isis@Kawkab/asserted']);
  });
});
