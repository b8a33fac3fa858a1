import type { GeocodeResult, PlacePrecision, PlaceQuery, PlaceRef } from '../../model/index.ts';
import type { Candidate, PlaceMention } from '../types.ts';
import { defineRefiner } from './define.ts';

/** The precision a place's wording allows when the gazetteer does not know it. */
export function wordingPrecision(p: PlaceMention): PlacePrecision {
  if (p.relation === 'near' || p.relation === 'outskirts' || p.offset || p.relation === 'between') return 'near';
  if (p.kindHint === 'province') return 'province';
  if (p.relation === 'countryside' || p.kindHint === 'region' || p.kindHint === 'district') return 'district';
  return 'exact';
}

/** The geocoder question for a place mention. */
export function placeQuery(p: PlaceMention, provinceHint: string | undefined, nearby: PlaceQuery['nearby']): PlaceQuery {
  const q: PlaceQuery = { name: p.name, text: p.text };
  if (p.kindHint) q.kindHint = p.kindHint;
  const province = p.provinceHint ?? provinceHint;
  if (province && province !== p.name) q.provinceHint = province;
  if (p.offset) q.offset = p.offset;
  if (p.relation) q.relation = p.relation;
  if (p.otherName) q.otherName = p.otherName;
  if (nearby && nearby.length > 0) q.nearby = nearby;
  return q;
}

/** At most this many context points go with a query. */
const MAX_CONTEXT = 8;
/** At most this many first-pass points are looked at per mention (a long report stays linear). */
const MAX_VISITED = 64;

interface Mention {
  place: PlaceMention;
  sentence: number;
  query: PlaceQuery;
}

/** A first-pass point with the name and sentence it came from. */
interface Located {
  name: string;
  sentence: number;
  lat: number;
  lon: number;
}

/**
 * The points that locate a mention: those of the other names of its own sentence, then of the
 * sentences ever farther away, until there are two. A list "A, B and C" is resolved together, and a
 * report that moves between fronts does not pull a village towards another front.
 * `points` is sorted by sentence; the walk goes outwards from the mention's sentence.
 */
function contextFor(m: Mention, points: readonly Located[]): Array<{ lat: number; lon: number }> {
  let right = lowerBound(points, m.sentence);
  let left = right - 1;
  const out: Array<{ lat: number; lon: number }> = [];
  let lastGap = -1;
  for (let visited = 0; visited < MAX_VISITED && out.length < MAX_CONTEXT && (left >= 0 || right < points.length); visited++) {
    const l = points[left];
    const r = points[right];
    const takeLeft = r === undefined || (l !== undefined && m.sentence - l.sentence <= r.sentence - m.sentence);
    const o = takeLeft ? l! : r!;
    if (takeLeft) left--;
    else right++;
    const gap = Math.abs(o.sentence - m.sentence);
    if (out.length >= 2 && gap > lastGap) break;
    if (o.name === m.place.name) continue;
    out.push({ lat: o.lat, lon: o.lon });
    lastGap = gap;
  }
  return out;
}

/** The first index whose sentence is ≥ `sentence`. */
function lowerBound(points: readonly Located[], sentence: number): number {
  let lo = 0;
  let hi = points.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (points[mid]!.sentence < sentence) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function toRef(p: PlaceMention, answer: GeocodeResult | null): PlaceRef {
  return {
    name: p.text,
    canonical: answer?.place?.name ?? null,
    gazetteer_id: answer?.place?.id ?? null,
    lat: answer?.lat ?? null,
    lon: answer?.lon ?? null,
    precision: answer ? answer.precision : wordingPrecision(p),
    admin1: answer?.admin1 ?? null,
  };
}

/**
 * Resolves each event's place with the geocoder (once per distinct mention), passing the province
 * named in the same sentence. Two passes: each name alone, then again with the first-pass points of
 * the names around it (`contextFor`) as its neighbours. Without a geocoder, or without a match,
 * the place is kept as written with the precision its wording allows.
 */
export const geocoding = defineRefiner({
  name: 'geocoding',
  refine(ctx, candidates) {
    const byKey = new Map<string, Mention>();
    for (const c of candidates) {
      const p = c.place;
      const key = p ? `${p.start}:${p.end}:${p.text}` : '';
      if (!p || byKey.has(key)) continue;
      const province = c.sentence.places.find((o) => o !== p && o.kindHint === 'province')?.name ?? c.sentence.places.find((o) => o.provinceHint)?.provinceHint;
      byKey.set(key, { place: p, sentence: c.sentence.index, query: placeQuery(p, province, undefined) });
    }
    const mentions = [...byKey.values()];
    const geocoder = ctx.geocoder;
    // A report repeats its questions (the same name, the same neighbours): each is asked once.
    const asked = new Map<string, GeocodeResult | null>();
    const ask = (q: PlaceQuery): GeocodeResult | null => {
      if (!geocoder) return null;
      const k = JSON.stringify(q);
      let a = asked.get(k);
      if (a === undefined) asked.set(k, (a = geocoder.geocode(q)));
      return a;
    };
    const first = new Map(mentions.map((m) => [m, toRef(m.place, ask(m.query))]));
    const points: Located[] = mentions
      .flatMap((m) => {
        const r = first.get(m);
        return r?.lat != null && r.lon != null ? [{ name: m.place.name, sentence: m.sentence, lat: r.lat, lon: r.lon }] : [];
      })
      .sort((a, b) => a.sentence - b.sentence);
    const refs = new Map<string, PlaceRef>();
    for (const [key, m] of byKey) {
      const nearby = geocoder ? contextFor(m, points) : [];
      // With neighbours the second answer stands, even a null: a weak match far from all of them is a guess.
      const ref = nearby.length > 0 ? toRef(m.place, ask({ ...m.query, nearby })) : first.get(m)!;
      ctx.debug(() => `geocoding: "${m.place.text}" → ${ref.canonical ?? 'unresolved'}`);
      refs.set(key, ref);
    }
    return candidates.map((c) => ({ ...c, placeRef: c.place ? refs.get(`${c.place.start}:${c.place.end}:${c.place.text}`) ?? null : null }));
  },
});
