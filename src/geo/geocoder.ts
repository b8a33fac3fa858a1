/**
 * The geocoder: a PlaceQuery in, a point with an honest precision out (or null for an unknown name,
 * which the caller keeps as unresolved).
 *   name met in the gazetteer                 → the place, precision `exact`
 *   "13 km south of X"                        → destination point from X, `near`
 *   countryside / outskirts / near X          → X's point, `near`
 *   between A and B                           → midpoint of A and B, `near`
 *   province named (or "countryside of Hama") → province centroid, `province`
 *   the country                               → `country`
 * Every result with a point in Syria carries admin1 (point-in-province when the place has none).
 */
import type { GeocodeResult, Geocoder, Place, PlaceQuery } from '../model/place.ts';
import type { PlacePrecision } from '../model/vocabulary.ts';
import type { Gazetteer, NameHit } from './gazetteer.ts';
import { destinationPoint, midpoint } from './geometry.ts';
import { isGenericName, queryFromPhrase, tailOfPhrase } from './phrase.ts';
import { provinceAt } from './provinces.ts';
import { fitsKind, neighboursWithin50km, rankCandidates, type Candidate } from './rank.ts';

/** Below this score a candidate is a guess, not an answer. */
const MIN_SCORE = 0.6;
/** Words that say the text talks about a province as a whole. */
const PROVINCE_WORDS = /\b(province|governorate|provincial|administrative\s+borders?|rural|countryside)\b/i;

const PRECISION_OF_KIND: Partial<Record<Place['kind'], PlacePrecision>> = { province: 'province', country: 'country', district: 'district', subdistrict: 'district' };

/** What the geocoder asks of a gazetteer: names to hits (a memo in front of it will do). */
type NameIndex = Pick<Gazetteer, 'lookup' | 'lookupKeyed' | 'lookupOneEdit'>;

/** Distinct names a geocoder remembers; past this the memo starts over (memory stays bounded). */
const MEMO_NAMES = 20_000;

/**
 * `g.lookup` and `g.lookupKeyed` remembered by name: reports name the same places again and
 * again, and every geocode makes several look-ups (name, whole phrase, headless name, name + kind
 * word, province hints). Forgotten when the gazetteer changes. Each answer is a fresh array, as
 * the gazetteer gives.
 */
function rememberLookups(g: Gazetteer): NameIndex {
  const loose = new Map<string, readonly NameHit[]>();
  const keyed = new Map<string, readonly NameHit[]>();
  let revision = g.revision;
  const remembered = (answers: Map<string, readonly NameHit[]>, name: string, look: (name: string) => NameHit[]): NameHit[] => {
    if (g.revision !== revision) {
      loose.clear();
      keyed.clear();
      revision = g.revision;
    }
    let hits = answers.get(name);
    if (hits === undefined) {
      if (answers.size >= MEMO_NAMES) answers.clear();
      hits = look(name);
      answers.set(name, hits);
    }
    return [...hits];
  };
  return {
    lookup: (name) => remembered(loose, name, (n) => g.lookup(n)),
    lookupKeyed: (name) => remembered(keyed, name, (n) => g.lookupKeyed(n)),
    lookupOneEdit: (name) => g.lookupOneEdit(name),
  };
}

/** The canonical province a name designates ("Raqqa" → "Ar Raqqah"), or null. */
export function provinceNamed(g: NameIndex, name: string): Place | null {
  const hit = g.lookupKeyed(name).find((h) => h.place.kind === 'province');
  return hit?.place ?? null;
}

/** Words that, added to a name, make the name of a feature of the cued kind ("Tabqa" + "airbase"). */
const KIND_WORDS: Partial<Record<NonNullable<PlaceQuery['kindHint']>, string[]>> = {
  airport: ['airport', 'airbase', 'military airport'], base: ['airbase', 'base', 'airport'],
  field: ['oil field', 'gas field'], oil_field: ['oil field', 'gas field'], gas_field: ['gas field', 'oil field'],
  dam: ['dam'], crossing: ['crossing', 'roundabout', 'square'], mountain: ['mountains', 'mountain'], hill: ['hill', 'mountain'], road: ['road', 'highway'],
};

/** Head words of names ("Bir X", "Tall X") that a report may add to, or drop from, the gazetteer's name. */
const HEAD_WORDS = /^(?:bir|beer|tall?|tell?|jabal|jebel|wadi|khirbet|khirbat|mazraat|mazraa|mazra'at|qasr|hawijat|abar|ras|rasm|hawsh|haush)\s+/i;

function best(g: NameIndex, q: PlaceQuery): Candidate | null {
  if (isGenericName(q.name)) return null;
  const canonical = (s: string): string | null => provinceNamed(g, s)?.admin1 ?? null;
  let hits = g.lookup(q.name);
  const headless = q.name.replace(HEAD_WORDS, '');
  if (headless !== q.name && !hits.some((h) => h.level !== 'fuzzy')) {
    const inner = g.lookupKeyed(headless).map((h) => ({ ...h, level: 'skeleton' as const }));
    hits = [...inner, ...hits.filter((h) => !inner.some((i) => i.place === h.place))];
  }
  for (const word of (q.kindHint && KIND_WORDS[q.kindHint]) ?? []) {
    hits.push(...g.lookupKeyed(`${q.name} ${word}`));
  }
  const top = rankCandidates(hits, q, canonical)[0];
  const answer = top && top.score >= MIN_SCORE ? top : null;
  return amongNeighbours(g, q, answer, canonical) ?? answer;
}

/**
 * When the name met nothing near the report's other places (at least two of them), or met only on
 * its skeleton and has at most one of them within 50 km, a spelling one edit away that has most of
 * them, and two more than the answer, within 50 km is likelier meant ("Ma'sarah" among villages
 * around Ma'saran) than a homonym across the country. A name met as spelt stands.
 */
function amongNeighbours(g: NameIndex, q: PlaceQuery, answer: Candidate | null, canonical: (s: string) => string | null): Candidate | null {
  const nearby = q.nearby;
  if (!nearby || nearby.length < 2) return null;
  if (answer && (answer.level === 'exact' || answer.level === 'key')) return null;
  const answerClose = answer ? neighboursWithin50km(answer.place, nearby) : 0;
  if (answerClose > 1) return null;
  const need = Math.max(2, answerClose + 2, Math.ceil(nearby.length / 2));
  const close = g.lookupOneEdit(q.name).filter((h) => neighboursWithin50km(h.place, nearby) >= need);
  const top = rankCandidates(close, q, canonical)[0];
  return top && top.score >= MIN_SCORE ? top : null;
}

/**
 * A phrase that is itself a gazetteer name ("Deir ez-Zor airport", "Arak gas field", "eastern
 * Qalamoun") beats its head word, so the text is tried first, at the exact and key levels only.
 */
function wholePhrase(g: NameIndex, q: PlaceQuery): Candidate | null {
  if (q.offset || (q.relation && q.relation !== 'countryside')) return null;
  const name = q.text.trim().replace(/^the\s+/i, '');
  if (name === q.name) return null;
  const canonical = (s: string): string | null => provinceNamed(g, s)?.admin1 ?? null;
  const hits = g.lookupKeyed(name);
  const top = rankCandidates(hits, { ...q, kindHint: undefined }, canonical)[0];
  return top && top.score >= MIN_SCORE ? top : null;
}

/**
 * The answer. admin1: a place's own (null for a place outside any province, e.g. across the border);
 * a point moved away from its place (offset, midpoint) takes the province it falls in.
 */
function result(place: Place | null, lat: number, lon: number, precision: PlacePrecision, why: string, score: number): GeocodeResult {
  const moved = !place || place.lat !== lat || place.lon !== lon;
  const admin1 = precision === 'country' ? null : moved ? (provinceAt(lat, lon) ?? place?.admin1 ?? null) : place.admin1;
  return { place, lat: Math.round(lat * 1e5) / 1e5, lon: Math.round(lon * 1e5) / 1e5, precision, admin1, why, score };
}

function resolve(g: NameIndex, q: PlaceQuery): GeocodeResult | null {
  if (q.relation === 'between' && q.otherName) {
    // A stretch the gazetteer knows by name ("the Deir ez-Zor–Mayadin road") is its own answer.
    const named = wholePhrase(g, { ...q, relation: undefined });
    if (named) return result(named.place, named.place.lat, named.place.lon, 'exact', named.why, named.score);
    const a = best(g, { ...q, relation: undefined });
    const b = best(g, { ...q, name: q.otherName, relation: undefined });
    if (a && b) {
      const m = midpoint(a.place, b.place);
      return result(null, m.lat, m.lon, 'near', `between ${a.place.name} and ${b.place.name} (midpoint)`, Math.min(a.score, b.score));
    }
    const one = a ?? b;
    return one ? result(one.place, one.place.lat, one.place.lon, 'near', `on the way to ${one.place.name}; other end unknown`, one.score) : null;
  }
  const wantsProvince = q.kindHint === 'province' || q.relation === 'countryside' || (q.relation === undefined && PROVINCE_WORDS.test(q.text) && !q.offset);
  if (wantsProvince) {
    const province = provinceNamed(g, q.name);
    if (province) return result(province, province.lat, province.lon, 'province', `province ${province.name} (centroid)`, 0.9);
  }
  const whole = wholePhrase(g, q);
  // The phrase is the name ("Eastern Qalamoun"): its direction word is no relation to another place.
  if (whole) return result(whole.place, whole.place.lat, whole.place.lon, PRECISION_OF_KIND[whole.place.kind] ?? 'exact', whole.why, whole.score);
  const top = best(g, q);
  if (!top) return null;
  const { place } = top;
  if (q.offset) {
    const p = destinationPoint(place.lat, place.lon, q.offset.km, q.offset.bearingDeg);
    return result(place, p.lat, p.lon, 'near', `offset ${q.offset.km} km at ${q.offset.bearingDeg}° from ${place.name}; ${top.why}`, top.score);
  }
  // A cue for a feature the gazetteer lacks ("X airport" where only the town X is known): near X.
  const missingFeature = q.kindHint !== undefined && q.kindHint !== 'populated' && !fitsKind(place.kind, q.kindHint);
  const cuedDistrict = q.kindHint === 'district' || q.kindHint === 'subdistrict';
  const precision = PRECISION_OF_KIND[place.kind] ?? (q.relation || missingFeature ? 'near' : cuedDistrict ? 'district' : 'exact');
  const why = q.relation ? `${q.relation} of ${place.name}; ${top.why}` : top.why;
  return result(place, place.lat, place.lon, precision, why, top.score);
}

/**
 * A geocoder over a gazetteer. When the name as given is unknown, the cue words around it are read
 * (queryFromPhrase) from the name, then from the text, before giving up with null.
 * @example createGeocoder(loadSyriaGazetteer()).geocode({ name: 'Sokhna', text: 'Sokhna city', kindHint: 'populated' })
 */
export function createGeocoder(g: Gazetteer): Geocoder {
  const names = rememberLookups(g);
  let areaPoints: Set<string> | null = null;
  /**
   * The report's neighbours that say something about proximity: each point once, and not the
   * centroids of provinces, regions or the country (a province answer is no neighbour).
   */
  const usefulNearby = (nearby: PlaceQuery['nearby']): PlaceQuery['nearby'] => {
    if (!nearby || nearby.length === 0) return nearby;
    areaPoints ??= new Set(g.all().filter((p) => AREA_KINDS.has(p.kind)).map((p) => pointKey(p.lat, p.lon)));
    const seen = new Set<string>();
    return nearby.filter((n) => {
      const k = pointKey(n.lat, n.lon);
      if (seen.has(k) || areaPoints?.has(k)) return false;
      seen.add(k);
      return true;
    });
  };
  return {
    geocode(input: PlaceQuery): GeocodeResult | null {
      const nearby = usefulNearby(input.nearby);
      const query: PlaceQuery = nearby && nearby.length > 0 ? { ...input, nearby } : { ...input, nearby: undefined };
      const direct = resolve(names, query);
      if (direct) return direct;
      const tail = tailOfPhrase(query.text);
      for (const parsed of [queryFromPhrase(query.name), queryFromPhrase(query.text), ...(tail ? [tail] : [])]) {
        if (parsed.name === query.name && !parsed.relation && !parsed.offset && !parsed.kindHint) continue;
        const merged: PlaceQuery = { ...parsed, text: query.text, ...(query.provinceHint ? { provinceHint: query.provinceHint } : {}), ...(query.nearby ? { nearby: query.nearby } : {}) };
        merged.kindHint ??= query.kindHint;
        const r = resolve(names, merged);
        if (r) return r;
      }
      return null;
    },
  };
}

const AREA_KINDS: ReadonlySet<Place['kind']> = new Set(['province', 'country', 'region', 'district', 'subdistrict']);

/** A point rounded to about 10 m, as a Set key. */
function pointKey(lat: number, lon: number): string {
  return `${lat.toFixed(4)},${lon.toFixed(4)}`;
}
