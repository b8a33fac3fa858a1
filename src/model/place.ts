import type { PlacePrecision } from './vocabulary.ts';

export const PLACE_KINDS = [
  'city', 'town', 'village', 'locality', 'neighbourhood', 'oil_field', 'gas_field', 'hill', 'mountain', 'base', 'airport',
  'road', 'dam', 'crossing', 'station', 'region', 'district', 'subdistrict', 'province', 'country',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** One gazetteer entry. */
export interface Place {
  /** Stable id: `wof:123`, `gn:456`, `fw:al-hayl-gas-field`, `user:…`. */
  id: string;
  name: string;
  /** Alternate names, Latin and Arabic script. */
  altNames: string[];
  kind: PlaceKind;
  lat: number;
  lon: number;
  /** Province (governorate) name in its English form ("Homs", "Ar Raqqah"), or null. */
  admin1: string | null;
  population: number | null;
  /** Which layer it came from: `theater-table`, `theater-pack`, `geonames-import`, `user`. */
  source: string;
}

/** What extraction knows about a place mention when it asks the geocoder. */
export interface PlaceQuery {
  /** The bare name ("al-Resafa"), without cue words. */
  name: string;
  /** The phrase as written ("al-Resafa city", "13 km south of Deir ez-Zor"). */
  text: string;
  /** Feature cue from the words around it: "oilfield" → oil_field, "the town of" → town, … */
  kindHint?: PlaceKind | 'populated' | 'field';
  /** Province named near it ("in Southern Hama", "eastern countryside of Homs"). */
  provinceHint?: string;
  /** Points already resolved in the same report, for proximity. */
  nearby?: Array<{ lat: number; lon: number }>;
  /** Offset from the named place, e.g. "13 km south of X". */
  offset?: { km: number; bearingDeg: number };
  /** Vague relation: "countryside of", "near", "outskirts of", "between A and B". */
  relation?: 'countryside' | 'near' | 'outskirts' | 'between';
  /** For `between`: the second place's bare name. */
  otherName?: string;
}

/** The geocoder's answer: a point with the precision it honestly has. */
export interface GeocodeResult {
  place: Place | null;
  lat: number | null;
  lon: number | null;
  precision: PlacePrecision;
  admin1: string | null;
  /** Why: "exact alt-name match", "offset 13 km S of Deir ez-Zor", "province centroid". */
  why: string;
  score: number;
}

/** The geocoder as extraction sees it; implemented in src/geo. */
export interface Geocoder {
  geocode(query: PlaceQuery): GeocodeResult | null;
}
