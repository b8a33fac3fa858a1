/**
 * Disambiguation: scores the places a name met, using how well the name met (level), the feature
 * cue, the stated province, proximity to the report's other places, population and the layer.
 * Every score keeps a `why` that names each part that moved it.
 */
import type { Place, PlaceKind, PlaceQuery } from '../model/place.ts';
import type { MatchLevel, NameHit } from './gazetteer.ts';
import { haversineKm } from './geometry.ts';

/** A scored candidate. */
export interface Candidate {
  place: Place;
  score: number;
  why: string;
  /** How the name met the place. */
  level: MatchLevel;
}

/** What ranking may use from the query. */
export type RankContext = Pick<PlaceQuery, 'kindHint' | 'provinceHint' | 'nearby'>;

const LEVEL_SCORE: Record<MatchLevel, number> = { exact: 1, key: 0.92, skeleton: 0.7, fuzzy: 0.55 };
/** Priors (kind, population, layer) count fully on a good name match, half on a skeleton, not on a guess. */
const PRIOR_WEIGHT: Record<MatchLevel, number> = { exact: 1, key: 1, skeleton: 0.5, fuzzy: 0 };

const POPULATED: ReadonlySet<PlaceKind> = new Set(['city', 'town', 'village', 'locality', 'neighbourhood']);
const FIELDS: ReadonlySet<PlaceKind> = new Set(['oil_field', 'gas_field', 'station']);
const ADMIN: ReadonlySet<PlaceKind> = new Set(['district', 'subdistrict']);
/** Kinds close enough that a cue for one fits the other ("airbase" names an airport too). */
const KIN: ReadonlyArray<ReadonlySet<PlaceKind>> = [
  FIELDS, new Set(['base', 'airport']), new Set(['hill', 'mountain']), new Set(['district', 'subdistrict']), new Set(['region', 'province']),
];
/**
 * How well a settlement of one size answers a cue for another: reports call towns cities and
 * villages towns, rarely the other way round; a neighbourhood cue wants a part of a city (a village
 * elsewhere fits it only if the report's other places put it there).
 */
const SETTLEMENT_FIT: Partial<Record<PlaceKind, Partial<Record<PlaceKind, number>>>> = {
  city: { town: 0.2, village: 0.05, locality: 0.05, neighbourhood: 0.05 },
  town: { city: 0.2, village: 0.15, locality: 0.15, neighbourhood: 0.05 },
  village: { town: 0.2, locality: 0.3, city: 0, neighbourhood: 0.1 },
  locality: { village: 0.3, town: 0.2, city: 0, neighbourhood: 0.1 },
  neighbourhood: { city: 0, town: 0, village: 0, locality: 0 },
};

/** Prior preference among kinds when no cue is given: towns over units named after them. */
const KIND_PRIOR: Partial<Record<PlaceKind, number>> = { city: 0.1, town: 0.06, village: 0.02, district: -0.12, subdistrict: -0.12, province: -0.1, region: -0.02 };

/** Whether a place kind answers a feature cue (same kind, a kin kind, or populated for `populated`). */
export function fitsKind(kind: PlaceKind, hint: NonNullable<PlaceQuery['kindHint']>): boolean {
  return kindFit(kind, hint).delta > 0;
}

function kindFit(kind: PlaceKind, hint: NonNullable<PlaceQuery['kindHint']>): { delta: number; note: string } {
  if (hint === 'populated') return POPULATED.has(kind) ? { delta: 0.15, note: 'populated as cued' } : { delta: -0.3, note: `${kind}, cue says populated` };
  // "X district" in reports names the area around the town X as often as the unit: both fit.
  if (hint === 'district' || hint === 'subdistrict') {
    if (ADMIN.has(kind)) return { delta: 0.05, note: `${kind} as cued` };
    return POPULATED.has(kind) ? { delta: 0.12, note: `${kind}, centre of the cued ${hint}` } : { delta: -0.3, note: `${kind}, cue says ${hint}` };
  }
  if (hint === 'field') return FIELDS.has(kind) ? { delta: 0.35, note: `${kind} as cued` } : { delta: -0.3, note: `${kind}, cue says field` };
  if (kind === hint) return { delta: 0.35, note: `${kind} as cued` };
  if (KIN.some((set) => set.has(kind) && set.has(hint))) return { delta: 0.25, note: `${kind} fits cue ${hint}` };
  const size = SETTLEMENT_FIT[hint]?.[kind];
  if (size !== undefined) return { delta: size, note: `${kind} fits cue ${hint}` };
  return { delta: -0.3, note: `${kind}, cue says ${hint}` };
}

/** How many of the report's other places lie within 50 km of a place. */
export function neighboursWithin50km(place: Place, nearby: NonNullable<PlaceQuery['nearby']>): number {
  return nearby.filter((n) => haversineKm(place.lat, place.lon, n.lat, n.lon) < 50).length;
}

/**
 * Proximity to the report's other places. Several of them close by count more than one, so one
 * wrongly placed neighbour cannot pull a name across the country; the bonus stays below the gap
 * between a key and a skeleton match.
 */
function nearbyFit(place: Place, nearby: NonNullable<PlaceQuery['nearby']>): { delta: number; note: string } | null {
  if (nearby.length === 0) return null;
  const distances = nearby.map((n) => haversineKm(place.lat, place.lon, n.lat, n.lon));
  const nearest = Math.min(...distances);
  const close = distances.filter((d) => d < 50).length;
  // Far from every neighbour: the report is about somewhere else.
  const delta = close > 0 ? 0.03 * Math.min(close, 3) + 0.06 * (1 - nearest / 50) : nearest > 300 ? -0.2 : nearest > 150 ? -0.15 : 0;
  return { delta, note: `${Math.round(nearest)} km from the report's places (${close} within 50 km)` };
}

/**
 * Score name hits for a query, best first.
 * @example rankCandidates(g.lookup('Arak'), { kindHint: 'field' })[0].place.kind // 'gas_field'
 */
export function rankCandidates(hits: readonly NameHit[], ctx: RankContext, canonicalProvince: (s: string) => string | null): Candidate[] {
  const province = ctx.provinceHint ? canonicalProvince(ctx.provinceHint) : null;
  const out = hits.map((hit) => {
    const { place } = hit;
    let score = LEVEL_SCORE[hit.level];
    const prior = PRIOR_WEIGHT[hit.level];
    const why = [`${hit.level} match on "${hit.matchedName}"`];
    if (hit.primary) score += 0.02;
    // Two-letter skeletons ("rk", "bd") meet dozens of unrelated names: only a cue or neighbours rescue them.
    if (hit.level === 'skeleton' && hit.skeleton.length <= 2) score -= 0.25;
    if (place.source === 'theater-pack') score += 0.04 * prior;
    if (ctx.kindHint) {
      const fit = kindFit(place.kind, ctx.kindHint);
      score += fit.delta;
      why.push(fit.note);
      if (ctx.kindHint === 'district' || ctx.kindHint === 'subdistrict') score += (KIND_PRIOR[place.kind] ?? 0) * prior;
    } else {
      score += (KIND_PRIOR[place.kind] ?? 0) * prior;
    }
    if (province) {
      const same = place.admin1 === province;
      score += same ? 0.1 : -0.1;
      why.push(same ? `in ${province} as stated` : `in ${place.admin1 ?? 'no province'}, text says ${province}`);
    }
    const near = ctx.nearby ? nearbyFit(place, ctx.nearby) : null;
    if (near) {
      score += near.delta;
      why.push(near.note);
    }
    // Population separates same-named towns; administrative units would win on it unfairly.
    if (place.population && POPULATED.has(place.kind)) {
      score += Math.min(0.12, Math.log10(place.population + 1) / 45) * prior;
      why.push(`pop. ${place.population}`);
    }
    if (ADMIN.has(place.kind) && ctx.kindHint !== 'district' && ctx.kindHint !== 'subdistrict') why.push('administrative unit');
    // Context can break ties within a level and bridge one, not lift a one-edit guess over a real match.
    if (hit.level === 'fuzzy' && score > LEVEL_SCORE.fuzzy) score = LEVEL_SCORE.fuzzy + (score - LEVEL_SCORE.fuzzy) / 2;
    return { place, score: Math.round(score * 1000) / 1000, why: why.join('; '), level: hit.level };
  });
  return out.sort((a, b) => b.score - a.score || a.place.id.localeCompare(b.place.id));
}
