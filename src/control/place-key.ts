import type { ControlObservation } from '../model/index.ts';
import { distanceKm } from './point-buckets.ts';

/** Two observations with the same normalised name are one place only when this close (km): Syria has many namesakes. */
const SAME_PLACE_KM = 10;

const normalisedCache = new Map<string, string>();

/**
 * A place name reduced to what transliterations and phrasings share: lower case, no diacritics,
 * no Arabic article, no punctuation, no trailing kind word.
 *
 * @example
 * normalisePlaceName('al-Sukhnah City'); // 'sukhnah'
 * normalisePlaceName('Ar-Raqqa');        // 'raqqa'
 */
export function normalisePlaceName(name: string): string {
  const cached = normalisedCache.get(name);
  if (cached !== undefined) return cached;
  const normalised = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`ʿʾ]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(al|el|ar|as|ash|at|ad|az|an)\s+/g, '')
    .replace(/\s+(city|town|village|oilfield|field)$/g, '')
    .trim();
  normalisedCache.set(name, normalised);
  return normalised;
}

/**
 * One key per observation naming the place it is about, so a place's observations chain into one
 * timeline: the gazetteer id when known; else the normalised name (joined to a gazetteer id seen
 * with the same name within 10 km, and split when namesakes lie further apart); else the
 * coordinates rounded to 0.001° (about 100 m).
 *
 * @example
 * placeKeys([
 *   { name: 'Arak', lat: 34.65, lon: 38.56, side: 'isis', date: '2017-05-01', origin: 'baseline' },
 *   { name: 'Arak', lat: 34.66, lon: 38.56, side: 'government', date: '2017-06-01', origin: 'event', placeId: 'g1' },
 * ]); // ['id:g1', 'id:g1']
 */
export function placeKeys(obs: readonly ControlObservation[]): string[] {
  const anchorsByName = new Map<string, Array<{ key: string; lat: number; lon: number }>>();
  const keys: string[] = new Array<string>(obs.length);
  const idKeys = new Map<string, string>();
  obs.forEach((o, i) => {
    if (!o.placeId) return;
    const known = idKeys.get(o.placeId);
    if (known !== undefined) {
      keys[i] = known;
      return;
    }
    const key = `id:${o.placeId}`;
    idKeys.set(o.placeId, key);
    keys[i] = key;
    const name = normalisePlaceName(o.name);
    if (!name) return;
    const anchors = anchorsByName.get(name) ?? [];
    anchors.push({ key, lat: o.lat, lon: o.lon });
    anchorsByName.set(name, anchors);
  });
  obs.forEach((o, i) => {
    if (o.placeId) return;
    const name = normalisePlaceName(o.name);
    if (!name) {
      keys[i] = `at:${o.lat.toFixed(3)},${o.lon.toFixed(3)}`;
      return;
    }
    const anchors = anchorsByName.get(name) ?? [];
    const near = anchors.find((a) => distanceKm(a.lat, a.lon, o.lat, o.lon) <= SAME_PLACE_KM);
    if (near) {
      keys[i] = near.key;
      return;
    }
    const key = anchors.length === 0 ? `name:${name}` : `name:${name}#${anchors.length}`;
    anchors.push({ key, lat: o.lat, lon: o.lon });
    anchorsByName.set(name, anchors);
    keys[i] = key;
  });
  return keys;
}
