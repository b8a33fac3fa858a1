import type { PlacePrecision, PlaceQuery, PlaceRef } from '../../model/index.ts';
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

/**
 * Resolves each event's place with the geocoder (once per distinct mention), passing the province
 * named in the same sentence and the points already resolved in the report. Without a geocoder, or
 * without a match, the place is kept as written with the precision its wording allows.
 */
export const geocoding = defineRefiner({
  name: 'geocoding',
  refine(ctx, candidates) {
    const nearby: Array<{ lat: number; lon: number }> = [];
    const cache = new Map<string, PlaceRef>();
    return candidates.map((c) => {
      const p = c.place;
      if (!p) return { ...c, placeRef: null };
      const key = `${p.start}:${p.end}:${p.text}`;
      let ref = cache.get(key);
      if (!ref) {
        const province = c.sentence.places.find((o) => o !== p && o.kindHint === 'province')?.name ?? c.sentence.places.find((o) => o.provinceHint)?.provinceHint;
        const answer = ctx.geocoder?.geocode(placeQuery(p, province, nearby.slice(-8))) ?? null;
        ref = {
          name: p.text,
          canonical: answer?.place?.name ?? null,
          gazetteer_id: answer?.place?.id ?? null,
          lat: answer?.lat ?? null,
          lon: answer?.lon ?? null,
          precision: answer ? answer.precision : wordingPrecision(p),
          admin1: answer?.admin1 ?? null,
        };
        if (ref.lat !== null && ref.lon !== null) nearby.push({ lat: ref.lat, lon: ref.lon });
        ctx.debug(() => `geocoding: "${p.text}" → ${answer ? `${answer.place?.name ?? '?'} (${answer.why})` : 'unresolved'}`);
        cache.set(key, ref);
      }
      return { ...c, placeRef: ref };
    });
  },
});
