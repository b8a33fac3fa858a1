/**
 * The geo layer: gazetteer, transliteration-aware name matching, geocoder. See README.md.
 * The CLI and extraction import from here only.
 */
import type { Geocoder } from '../model/place.ts';
import { createGeocoder } from './geocoder.ts';
import { loadSyriaGazetteer } from './load.ts';

export { Gazetteer, type NameHit, type MatchLevel } from './gazetteer.ts';
export { createGeocoder, provinceNamed } from './geocoder.ts';
export { loadSyriaGazetteer, loadUserPlaces, packPlaces } from './load.ts';
export { searchPlaces, type SearchOptions } from './search.ts';
export { importGeoNames, kindForFeatureCode } from './geonames.ts';
export { provinceAt, loadSyriaProvinceOutlines } from './provinces.ts';
export { normalizeName, foldName, skeletonKey } from './normalize.ts';
export { queryFromPhrase, tailOfPhrase, isGenericName } from './phrase.ts';
export { benchLookups, benchGeocodes, type GeoBenchResult } from './bench.ts';
export { haversineKm, destinationPoint, bearingOf } from './geometry.ts';
export { GazetteerFormatError } from './errors.ts';
export type { Candidate } from './rank.ts';

let cachedGeocoder: Geocoder | null = null;

/**
 * The default geocoder over the Syria gazetteer. Cached.
 * @example loadSyriaGeocoder().geocode({ name: 'Deir Ezzor', text: 'Deir Ezzor' })?.precision // 'exact'
 */
export function loadSyriaGeocoder(): Geocoder {
  cachedGeocoder ??= createGeocoder(loadSyriaGazetteer());
  return cachedGeocoder;
}
