import { existsSync } from 'node:fs';
import { createGeocoder, Gazetteer, loadSyriaGazetteer, loadSyriaGeocoder, loadUserPlaces, searchPlaces } from '../geo/index.ts';
import type { Geocoder } from '../model/index.ts';

/** Where `gazetteer import` writes, and where every command looks for the user's additions. */
export const DEFAULT_PLACES_FILE = './frontwatch-places.json';

/** The files of user additions in force: the ones given, else the default file when it exists. */
export function userPlaceFiles(given: string[] | undefined): string[] {
  if (given?.length) return given;
  return existsSync(DEFAULT_PLACES_FILE) ? [DEFAULT_PLACES_FILE] : [];
}

/** The Syria gazetteer plus the user's additions (a fresh copy, so the cached default stays untouched). */
export function gazetteerWith(files: string[]): Gazetteer {
  if (!files.length) return loadSyriaGazetteer();
  const g = loadSyriaGazetteer().copy(); // keeps the stored name keys: no re-normalising
  for (const f of files) g.add(loadUserPlaces(f));
  return g;
}

/** The geocoder every command uses: the cached default when there are no additions. */
export function geocoderWith(files: string[] | undefined): Geocoder {
  const inForce = userPlaceFiles(files);
  return inForce.length ? createGeocoder(gazetteerWith(inForce)) : loadSyriaGeocoder();
}

/** Coordinates of a place name through the default gazetteer (best candidate), for distances and claim checks. */
export function locatePlace(name: string): { lat: number; lon: number } | null {
  const best = searchPlaces(loadSyriaGazetteer(), name, { limit: 1 })[0];
  return best && best.score >= 0.7 ? { lat: best.place.lat, lon: best.place.lon } : null;
}
