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

interface Mention {
  place: PlaceMention;
  sentence: number;
  query: PlaceQuery;
}

/**
 * The points that locate a mention: those of the other names of its own sentence, then of the
 * sentences ever farther away, until there are two. A list "A, B and C" is resolved together, and a
 * report that moves between fronts does not pull a village towards another front.
 */
function contextFor(m: Mention, all: readonly Mention[], first: ReadonlyMap<Mention, PlaceRef>): PlaceQuery['nearby'] {
  const others = all
    .filter((o) => o.place.name !== m.place.name)
    .map((o) => ({ ref: first.get(o), gap: Math.abs(o.sentence - m.sentence) }))
    .filter((o): o is { ref: PlaceRef & { lat: number; lon: number }; gap: number } => o.ref?.lat != null && o.ref.lon != null)
    .sort((a, b) => a.gap - b.gap);
  const out: Array<{ lat: number; lon: number }> = [];
  for (let i = 0; i < others.length && out.length < MAX_CONTEXT; i++) {
    const o = others[i]!;
    if (out.length >= 2 && o.gap > others[i - 1]!.gap) break;
    out.push({ lat: o.ref.lat, lon: o.ref.lon });
  }
  return out;
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
    const first = new Map(mentions.map((m) => [m, toRef(m.place, geocoder?.geocode(m.query) ?? null)]));
    const refs = new Map<string, PlaceRef>();
    for (const [key, m] of byKey) {
      const nearby = contextFor(m, mentions, first);
      // With neighbours the second answer stands, even a null: a weak match far from all of them is a guess.
      const ref = geocoder && nearby && nearby.length > 0 ? toRef(m.place, geocoder.geocode({ ...m.query, nearby })) : first.get(m)!;
      ctx.debug(() => `geocoding: "${m.place.text}" → ${ref.canonical ?? 'unresolved'}`);
      refs.set(key, ref);
    }
    return candidates.map((c) => ({ ...c, placeRef: c.place ? refs.get(`${c.place.start}:${c.place.end}:${c.place.text}`) ?? null : null }));
  },
});
