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
/** Prior preference among kinds when no cue is given: towns over units named after them. */
const KIND_PRIOR: Partial<Record<PlaceKind, number>> = { city: 0.1, town: 0.06, village: 0.02, district: -0.12, subdistrict: -0.12, province: -0.1, region: -0.02 };

/** Whether a place kind answers a feature cue (same kind, a kin kind, or populated for `populated`). */
export function fitsKind(kind: PlaceKind, hint: NonNullable<PlaceQuery['kindHint']>): boolean {
  return kindFit(kind, hint) > 0;
}

/** `delta`, after pushing the note onto `why` when notes are asked for (the note is then built). */
const noted = (delta: number, why: string[] | undefined, note: string | undefined): number => {
  if (why && note !== undefined) why.push(note);
  return delta;
};

/** How a feature cue moves a place kind's score; with `why`, the note saying so is pushed there. */
function kindFit(kind: PlaceKind, hint: NonNullable<PlaceQuery['kindHint']>, why?: string[]): number {
  if (hint === 'populated') return POPULATED.has(kind) ? noted(0.15, why, 'populated as cued') : noted(-0.3, why, why && `${kind}, cue says populated`);
  // "X district" in reports names the area around the town X as often as the unit: both fit.
  if (hint === 'district' || hint === 'subdistrict') {
    if (ADMIN.has(kind)) return noted(0.05, why, why && `${kind} as cued`);
    return POPULATED.has(kind) ? noted(0.12, why, why && `${kind}, centre of the cued ${hint}`) : noted(-0.3, why, why && `${kind}, cue says ${hint}`);
  }
  if (hint === 'field') return FIELDS.has(kind) ? noted(0.35, why, why && `${kind} as cued`) : noted(-0.3, why, why && `${kind}, cue says field`);
  if (kind === hint) return noted(0.35, why, why && `${kind} as cued`);
  if (KIN.some((set) => set.has(kind) && set.has(hint))) return noted(0.25, why, why && `${kind} fits cue ${hint}`);
  if (POPULATED.has(kind) && POPULATED.has(hint)) return noted(0.1, why, why && `${kind} fits cue ${hint}`);
  return noted(-0.3, why, why && `${kind}, cue says ${hint}`);
}

/**
 * Proximity to the report's other places. Several of them close by count more than one, so one
 * wrongly placed neighbour cannot pull a name across the country; the bonus stays below the gap
 * between a key and a skeleton match.
 */
function nearbyFit(place: Place, nearby: NonNullable<PlaceQuery['nearby']>): { delta: number; nearest: number; close: number } | null {
  if (nearby.length === 0) return null;
  let nearest = Infinity;
  let close = 0;
  for (const n of nearby) {
    const d = haversineKm(place.lat, place.lon, n.lat, n.lon);
    nearest = Math.min(nearest, d);
    if (d < 50) close++;
  }
  // Far from every neighbour: the report is about somewhere else.
  const delta = close > 0 ? 0.03 * Math.min(close, 3) + 0.06 * (1 - nearest / 50) : nearest > 300 ? -0.2 : nearest > 150 ? -0.15 : 0;
  return { delta, nearest, close };
}

/**
 * The score of one hit; with `why`, the parts that moved it are pushed there too. The geocoder
 * only explains its winner, so the notes are written only when asked for.
 */
function scoreHit(hit: NameHit, ctx: RankContext, province: string | null, why?: string[]): number {
  const { place } = hit;
  let score = LEVEL_SCORE[hit.level];
  const prior = PRIOR_WEIGHT[hit.level];
  why?.push(`${hit.level} match on "${hit.matchedName}"`);
  if (hit.primary) score += 0.02;
  // Two-letter skeletons ("rk", "bd") meet dozens of unrelated names: only a cue or neighbours rescue them.
  if (hit.level === 'skeleton' && hit.skeleton.length <= 2) score -= 0.25;
  if (place.source === 'theater-pack') score += 0.04 * prior;
  if (ctx.kindHint) {
    score += kindFit(place.kind, ctx.kindHint, why);
    if (ctx.kindHint === 'district' || ctx.kindHint === 'subdistrict') score += (KIND_PRIOR[place.kind] ?? 0) * prior;
  } else {
    score += (KIND_PRIOR[place.kind] ?? 0) * prior;
  }
  if (province) {
    const same = place.admin1 === province;
    score += same ? 0.1 : -0.1;
    why?.push(same ? `in ${province} as stated` : `in ${place.admin1 ?? 'no province'}, text says ${province}`);
  }
  const near = ctx.nearby ? nearbyFit(place, ctx.nearby) : null;
  if (near) {
    score += near.delta;
    why?.push(`${Math.round(near.nearest)} km from the report's places (${near.close} within 50 km)`);
  }
  // Population separates same-named towns; administrative units would win on it unfairly.
  if (place.population && POPULATED.has(place.kind)) {
    score += Math.min(0.12, Math.log10(place.population + 1) / 45) * prior;
    why?.push(`pop. ${place.population}`);
  }
  if (ADMIN.has(place.kind) && ctx.kindHint !== 'district' && ctx.kindHint !== 'subdistrict') why?.push('administrative unit');
  // Context can break ties within a level and bridge one, not lift a one-edit guess over a real match.
  if (hit.level === 'fuzzy' && score > LEVEL_SCORE.fuzzy) score = LEVEL_SCORE.fuzzy + (score - LEVEL_SCORE.fuzzy) / 2;
  return Math.round(score * 1000) / 1000;
}

function explained(hit: NameHit, ctx: RankContext, province: string | null): Candidate {
  const why: string[] = [];
  const score = scoreHit(hit, ctx, province, why);
  return { place: hit.place, score, why: why.join('; ') };
}

/** Ranking order: higher score first, then place id. */
const before = (a: { score: number; place: Place }, b: { score: number; place: Place }): number => b.score - a.score || a.place.id.localeCompare(b.place.id);

/**
 * Score name hits for a query, best first.
 * @example rankCandidates(g.lookup('Arak'), { kindHint: 'field' })[0].place.kind // 'gas_field'
 */
export function rankCandidates(hits: readonly NameHit[], ctx: RankContext, canonicalProvince: (s: string) => string | null): Candidate[] {
  const province = ctx.provinceHint ? canonicalProvince(ctx.provinceHint) : null;
  return hits.map((hit) => explained(hit, ctx, province)).sort(before);
}

/**
 * The first candidate of `rankCandidates` (same scores, same order), explained; only the winner's
 * notes are written.
 */
export function bestCandidate(hits: readonly NameHit[], ctx: RankContext, canonicalProvince: (s: string) => string | null): Candidate | undefined {
  const province = ctx.provinceHint ? canonicalProvince(ctx.provinceHint) : null;
  let top: { hit: NameHit; score: number; place: Place } | undefined;
  for (const hit of hits) {
    const scored = { hit, score: scoreHit(hit, ctx, province), place: hit.place };
    // Strictly before only: on a full tie the earlier hit stays first, as the stable sort keeps it.
    if (!top || before(scored, top) < 0) top = scored;
  }
  return top && explained(top.hit, ctx, province);
}
