/**
 * Throughput of name look-ups and geocodes, for `npm run bench` and the geo README figures.
 * Reports wall-clock and process CPU rates: on a shared machine the CPU rate is the honest one.
 */
import type { Geocoder, PlaceQuery } from '../model/place.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Rates of one benchmark run. */
export interface GeoBenchResult {
  operations: number;
  perSecondWall: number;
  perSecondCpu: number;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function measure(operations: number, run: () => void): GeoBenchResult {
  const wall0 = performance.now();
  const cpu0 = cpuMs();
  run();
  const wall = (performance.now() - wall0) / 1000;
  const cpu = (cpuMs() - cpu0) / 1000;
  return { operations, perSecondWall: Math.round(operations / wall), perSecondCpu: Math.round(operations / Math.max(cpu, 1e-6)) };
}

/**
 * Look up each name `rounds` times (the index must already be warm or the first round builds it).
 * @example benchLookups(loadSyriaGazetteer(), ['Sokhna', 'Deir Ezzur'], 1000).perSecondCpu
 */
export function benchLookups(g: Gazetteer, names: readonly string[], rounds: number): GeoBenchResult {
  g.lookup(names[0] ?? 'x');
  return measure(names.length * rounds, () => {
    for (let r = 0; r < rounds; r++) for (const n of names) g.lookup(n);
  });
}

/**
 * Geocode each query `rounds` times.
 * @example benchGeocodes(loadSyriaGeocoder(), [queryFromPhrase('13 km south of Deir ez-Zor')], 1000)
 */
export function benchGeocodes(geocoder: Geocoder, queries: readonly PlaceQuery[], rounds: number): GeoBenchResult {
  return measure(queries.length * rounds, () => {
    for (let r = 0; r < rounds; r++) for (const q of queries) geocoder.geocode(q);
  });
}
