import type { ClaimRecord, ControlGrid, Side } from '../model/index.ts';
import { distanceToFront } from './distance-to-front.ts';
import { findEncirclements, type Encirclement } from './encirclements.ts';
import { aroundFigure, nameRuns } from './distance-ends.ts';
import { greatCircleKm } from './geodesy.ts';
import { gridTopology } from './grid-topology.ts';
import { everyoneHostile, type HostilityRule } from './hostility.ts';
import type { NamedPoint } from './named-points.ts';
import { findPockets, type Pocket } from './pockets.ts';

export type ClaimVerdict = 'consistent' | 'inconsistent' | 'cannot_compute';

/** A numeric claim beside the value computed from the map for its date. */
export interface ClaimCheck {
  claim: ClaimRecord;
  /** The computed value in the claim's unit (km or km²), or null. */
  computed: number | null;
  verdict: ClaimVerdict;
  /** Which measure was used and on what, or why nothing could be computed. */
  why: string;
}

export interface ClaimCheckContext {
  /** The control grid for a date. */
  gridAt: (date: string) => ControlGrid;
  /** Coordinates of a place named in a claim, or null when unknown. */
  locate: (name: string) => { lat: number; lon: number } | null;
  /** Relative tolerances; default distance 0.25, area 0.3. */
  tolerance?: { distance: number; area: number };
  /** The side of the first actor named in a text (the theater's actor lexicon), for "the regime forces are 15 km from …". */
  sideIn?: (text: string) => Side | null;
  isHostile?: HostilityRule;
}

const DEFAULT_TOLERANCE = { distance: 0.25, area: 0.3 };
/** A named place this close to a gap's end, a pocket's or an enclosure's position is "about" it. */
const NEAR_KM = 15;
/** Words of a siege to come rather than one that exists. */
const HYPOTHETICAL = /\b(if|would|could|might|threaten|close to|about to)\b/i;
/** Words that make a distance claim a siege gap rather than a distance to the front. */
const SIEGE_WORDS = /besieg|encircl|siege|surround|pocket|cut off|encircle|enclave|cauldron/i;
/** Words of a siege still to be closed. */
const TO_CLOSE = /\b(gap|close|closing|complete|completing|remain|remains|remaining|needs?)\b/i;
/** A figure that sizes a zone rather than separating two things on the map ("a 55-km zone around al-Tanf"). */
const ZONE = /\b(zone|radius|perimeter)\b/i;
/** Words before a figure that leave its subject outside the quote ("which lies 25 km …", "about 40 km up the highway from X"). */
const NO_SUBJECT = /^[\s,;:()–-]*(?:(?:which|that|it|and|some|about|roughly|around|nearly|almost|over|under|more|less|than|up|to|at|least|approximately|only|just|lies|lie|is|are|was|were|sits|stands)\b[\s,]*)*$/i;

/**
 * Checks numeric claims against the map for each claim's date.
 * - distance, siege wording with a hypothetical or a siege still to close ("if … advance 70 km …
 *   would besiege", "70 km remain to close the ring"): the gap of
 *   the best-ranked near-encirclement with an end at a named place (else the one closest in value);
 * - a zone's size ("a 55-km zone"): cannot be computed;
 * - other distances, by what stands before the figure: a side's forces ("the regime forces are
 *   now less than 15 km away from X", side from `sideIn`): place to that side's nearest position,
 *   or, when that side holds X itself, the gap of a near-encirclement with an end at X; places
 *   ("A is 60 km from B", "the distance between A and B is 30 km"): place to place; no subject
 *   ("which lies 25 km south-east of A"): A to the claim's other place; one place and a side after
 *   the figure: place to that side; else place to the nearest position hostile to its holder;
 * - area: the first near-encirclement or pocket at a named place (encirclements first when the
 *   wording is hypothetical, "would besiege", else pockets first), else the one closest in value
 *   (encirclements: positions measure; pockets: painted, then ring of positions);
 * - counts: cannot be computed, counts are not on the map.
 * Verdict with relative tolerance t: `about`/`exact` within ±t; `more_than`/`at_least` when
 * computed ≥ v(1 − t); `less_than`/`up_to` when computed ≤ v(1 + t).
 *
 * @example
 * checkClaims(claims, { gridAt: (d) => controlAt(obs, d), locate: (n) => gazetteer.find(n) });
 * // [{ computed: 68.4, verdict: 'consistent', why: 'gap of the near-encirclement of isis …' }, …]
 */
export function checkClaims(claims: readonly ClaimRecord[], ctx: ClaimCheckContext): ClaimCheck[] {
  const tolerance = ctx.tolerance ?? DEFAULT_TOLERANCE;
  const isHostile = ctx.isHostile ?? everyoneHostile;
  const maps = new Map<string, DateAnalyses>();
  const analysesOn = (date: string): DateAnalyses => {
    let found = maps.get(date);
    if (!found) {
      found = lazyAnalyses(ctx.gridAt(date), isHostile);
      maps.set(date, found);
    }
    return found;
  };
  return claims.map((claim) => {
    const measured = measure(claim, ctx, analysesOn, isHostile);
    if (!('computed' in measured)) return { claim, computed: null, verdict: 'cannot_compute', why: measured.why };
    const t = claim.kind === 'area' ? tolerance.area : tolerance.distance;
    return { claim, computed: measured.computed, verdict: verdictFor(measured.computed, claim, t), why: measured.why };
  });
}

type Measured = { computed: number; why: string } | { why: string };

interface DateAnalyses {
  grid: ControlGrid;
  encirclements: () => Encirclement[];
  pockets: () => Pocket[];
}

function lazyAnalyses(grid: ControlGrid, isHostile: HostilityRule): DateAnalyses {
  let encirclements: Encirclement[] | undefined;
  let pockets: Pocket[] | undefined;
  return {
    grid,
    encirclements: () => (encirclements ??= findEncirclements(grid, { top: 50, isHostile })),
    pockets: () => (pockets ??= findPockets(grid, { isHostile })),
  };
}

function measure(
  claim: ClaimRecord,
  ctx: ClaimCheckContext,
  analysesOn: (date: string) => DateAnalyses,
  isHostile: HostilityRule,
): Measured {
  if (claim.kind === 'count') return { why: 'counts are not on the map' };
  const unit = claim.kind === 'distance' ? 'km' : 'km2';
  if (claim.unit !== unit) return { why: `a ${claim.kind} claim in ${claim.unit}, expected ${unit}` };
  if (!claim.date) return { why: 'the claim has no date, so there is no map to check it on' };
  let on: DateAnalyses;
  try {
    on = analysesOn(claim.date);
  } catch (error) {
    return { why: `no map for ${claim.date}: ${error instanceof Error ? error.message : String(error)}` };
  }
  const places = claim.places.flatMap((name) => {
    const at = ctx.locate(name);
    return at ? [{ name, ...at }] : [];
  });
  const text = `${claim.about} ${claim.quote}`;
  if (claim.kind === 'area') return areaOf(claim, on, places, text);
  // "if they advance 70 km … they would besiege", "70 km remain to close the ring": the gap that would close a siege.
  if (SIEGE_WORDS.test(text) && (HYPOTHETICAL.test(text) || TO_CLOSE.test(text))) return gapOf(claim, on, places);
  if (ZONE.test(claim.quote)) return { why: 'the figure sizes a zone; it is no distance between places or to a front' };
  return distanceOf(claim, on, ctx, isHostile);
}

function gapOf(claim: ClaimRecord, on: DateAnalyses, places: NamedPoint[]): Measured {
  const all = on.encirclements();
  if (all.length === 0) return { why: `siege wording, but the map of ${claim.date} shows no near-encirclement` };
  const atPlace = all.find((e) => e.ends.some((end) => places.some((p) => near(p, end))));
  const best = atPlace ?? closestInValue(all, (e) => e.gap_km, claim.value);
  const how = atPlace ? 'the best-ranked one with an end at a named place' : 'closest in value (none has an end at a named place)';
  return {
    computed: best.gap_km,
    why: `gap between positions (${best.ends[0].name} – ${best.ends[1].name}) of the near-encirclement of ${best.side}, ${how}`,
  };
}

function areaOf(claim: ClaimRecord, on: DateAnalyses, places: NamedPoint[], text: string): Measured {
  const encirclements: AreaOption[] = on.encirclements().flatMap((e) =>
    e.enclosed_area_km2 === null
      ? []
      : [{
          value: e.enclosed_area_km2,
          about: [...e.ends, ...e.places],
          label: `area enclosed by the positions and the cut ${e.ends[0].name} – ${e.ends[1].name} (near-encirclement of ${e.side}, positions measure)`,
        }],
  );
  const pockets: AreaOption[] = on.pockets().flatMap((p) => {
    const about = [...p.places, ...p.ring];
    const painted = { value: p.area_km2, about, label: `painted area of the ${p.side} pocket` };
    if (p.ring_area_km2 === null) return [painted];
    return [painted, { value: p.ring_area_km2, about, label: `area inside the ring of positions around the ${p.side} pocket` }];
  });
  // "would besiege an area of …" speaks of a siege to come; otherwise of a pocket that exists.
  const options = HYPOTHETICAL.test(text) ? [...encirclements, ...pockets] : [...pockets, ...encirclements];
  if (options.length === 0) return { why: `the map of ${claim.date} shows no pocket or near-encirclement` };
  const atPlace = options.find((o) => o.about.some((a) => places.some((p) => near(p, a))));
  const best = atPlace ?? closestInValue(options, (o) => o.value, claim.value);
  return { computed: best.value, why: `${best.label}, ${atPlace ? 'the first at a named place' : 'closest in value (none at a named place)'}` };
}

interface AreaOption {
  value: number;
  about: NamedPoint[];
  label: string;
}

function distanceOf(claim: ClaimRecord, on: DateAnalyses, ctx: ClaimCheckContext, isHostile: HostilityRule): Measured {
  const { before, after } = aroundFigure(claim.quote);
  const locateAll = (names: readonly string[]): NamedPoint[] =>
    names.flatMap((name) => {
      const at = ctx.locate(name);
      return at ? [{ name, ...at }] : [];
    });
  const sideBefore = ctx.sideIn?.(before) ?? null;
  // What the distance is OF: a side's forces, or places, before the figure; else the referent outside the quote.
  const subjects = sideBefore ? [] : locateAll(nameRuns(before));
  const from = distinct([...locateAll(nameRuns(after)), ...locateAll(claim.places)]);
  if (subjects.length > 0) {
    const [a, b] = distinct([...subjects, ...from]);
    if (a && b) return placeToPlace(a, b);
  }
  const place = from[0] ?? subjects[0];
  if (!place) return { why: 'no place named in the claim could be located' };
  if (!sideBefore && NO_SUBJECT.test(before)) {
    // "which lies about 25 km south-east of A": the referent is the claim's other place.
    const referent = from.find((p) => p !== place);
    if (referent) return placeToPlace(referent, place);
  }
  // "X is now 15 km from the regime forces' positions": the side stands after the figure.
  const side = sideBefore ?? ctx.sideIn?.(after) ?? null;
  if (side) return fromSide(claim, on, place, side, sideBefore ? 'named before the figure' : 'named after the figure');
  const sides = hostileSidesAround(on.grid, place, isHostile);
  if (sides.length === 0) return { why: `nobody is known to hold ${place.name}, so "the other side" is undefined` };
  const nearest = sides
    .filter((s) => on.grid.positions.some((p) => p.side === s))
    .map((s) => ({ s, km: distanceToFront(on.grid, place, s).km }))
    .sort((a, b) => a.km - b.km)[0];
  if (!nearest) return { why: `no position of ${sides.join('/')} on ${claim.date}` };
  return toFront(claim, on, place, nearest.s, `${nearest.s} (no side named; hostile to the holder of ${place.name})`);
}

function placeToPlace(a: NamedPoint, b: NamedPoint): Measured {
  return { computed: greatCircleKm(a.lat, a.lon, b.lat, b.lon), why: `place to place: ${a.name} – ${b.name} (great circle)` };
}

/**
 * A side's distance from a place. When the side itself holds the place ("between the column on the
 * boundary and the troops at al-Hayl … 70 km"), the figure is a gap between its own positions: the
 * near-encirclement with an end there, if any.
 */
function fromSide(claim: ClaimRecord, on: DateAnalyses, place: NamedPoint, side: Side, how: string): Measured {
  const holder = holderOf(on.grid, place);
  if (holder !== side) return toFront(claim, on, place, side, `${side} (${how})`);
  const gap = on.encirclements().find((e) => e.ends.some((end) => end.side === side && near(place, end)));
  if (gap) return { computed: gap.gap_km, why: `gap between positions (${gap.ends[0].name} – ${gap.ends[1].name}) of the near-encirclement of ${gap.side}, ${side} holding ${place.name} itself` };
  return { why: `${side} holds ${place.name} itself on ${claim.date}: the figure is no distance from ${side}'s front (a gap or a distance moved?)` };
}

function toFront(claim: ClaimRecord, on: DateAnalyses, place: NamedPoint, side: Side, whose: string): Measured {
  if (!on.grid.positions.some((p) => p.side === side)) return { why: `no position of ${side} on ${claim.date}` };
  const d = distanceToFront(on.grid, place, side);
  return { computed: d.km, why: `place to front: ${place.name} to the nearest position of ${whose}: ${d.nearest.name}` };
}

/** Places without repeats: one name, or one spot within a kilometre, counts once. */
function distinct(points: readonly NamedPoint[]): NamedPoint[] {
  const out: NamedPoint[] = [];
  for (const p of points) {
    if (!out.some((q) => normalName(q.name) === normalName(p.name) || greatCircleKm(p.lat, p.lon, q.lat, q.lon) < 1)) out.push(p);
  }
  return out;
}

/** Whoever holds the place: its cell's side, else the side of the nearest position. */
function holderOf(grid: ControlGrid, place: NamedPoint): Side {
  const topo = gridTopology(grid);
  const cell = topo.locator.locate(place.lat, place.lon);
  let holder: Side = cell >= 0 ? (topo.sideNames[topo.side[cell] ?? 0] ?? 'unknown') : 'unknown';
  if (holder === 'unknown') {
    let bestKm = Infinity;
    for (const p of grid.positions) {
      const km = greatCircleKm(place.lat, place.lon, p.lat, p.lon);
      if (km < bestKm) {
        bestKm = km;
        holder = p.side;
      }
    }
  }
  return holder;
}

/** Sides hostile to whoever holds the place. */
function hostileSidesAround(grid: ControlGrid, place: NamedPoint, isHostile: HostilityRule): Side[] {
  const holder = holderOf(grid, place);
  if (holder === 'unknown') return [];
  const sides = new Set(grid.positions.map((p) => p.side));
  return [...sides].filter((s) => isHostile(holder, s)).sort();
}

function near(a: NamedPoint, b: NamedPoint): boolean {
  return normalName(a.name) === normalName(b.name) || greatCircleKm(a.lat, a.lon, b.lat, b.lon) <= NEAR_KM;
}

function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\b(al|el|ar|as|ash|ad)[- ]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

function closestInValue<T>(pool: readonly T[], valueOf: (item: T) => number, target: number): T {
  const gap = (item: T): number => Math.abs(Math.log(Math.max(valueOf(item), 1e-9) / target));
  return pool.reduce((best, item) => (gap(item) < gap(best) ? item : best));
}

/**
 * The verdict for a computed value against a claimed one with relative tolerance `t`.
 *
 * @example
 * verdictFor(12_500, { value: 11_000, qualifier: 'more_than' }, 0.3); // 'consistent'
 * verdictFor(20, { value: 15, qualifier: 'less_than' }, 0.25);       // 'inconsistent'
 */
export function verdictFor(computed: number, claim: Pick<ClaimRecord, 'value' | 'qualifier'>, t: number): ClaimVerdict {
  const v = claim.value;
  switch (claim.qualifier) {
    case 'more_than':
    case 'at_least':
      return computed >= v * (1 - t) ? 'consistent' : 'inconsistent';
    case 'less_than':
    case 'up_to':
      return computed <= v * (1 + t) ? 'consistent' : 'inconsistent';
    case 'exact':
    case 'about':
      return Math.abs(computed - v) <= v * t ? 'consistent' : 'inconsistent';
  }
}
