/** `frontwatch places search NAME`: every candidate a name meets, scored, with why. */
import type { Place } from '../model/place.ts';
import type { Gazetteer } from './gazetteer.ts';
import { provinceNamed } from './geocoder.ts';
import { rankCandidates } from './rank.ts';
import { isPlaceKind } from './table.ts';

/** Options of searchPlaces: `kind` is a place kind or `populated` / `field`; `province` any spelling. */
export interface SearchOptions {
  limit?: number;
  kind?: string;
  province?: string;
}

/**
 * Candidates for a name, best first, each with its score and why it matched.
 * @example searchPlaces(g, 'Resafa', { province: 'Raqqa' })[0].place.id // 'fw:al-rusafa'
 */
export function searchPlaces(g: Gazetteer, name: string, opts: SearchOptions = {}): Array<{ place: Place; score: number; why: string }> {
  const kindHint = opts.kind && (isPlaceKind(opts.kind) || opts.kind === 'populated' || opts.kind === 'field') ? opts.kind : undefined;
  const ranked = rankCandidates(g.lookup(name), { ...(kindHint ? { kindHint } : {}), ...(opts.province ? { provinceHint: opts.province } : {}) }, (s) => provinceNamed(g, s)?.admin1 ?? null);
  return ranked.slice(0, opts.limit ?? 10);
}
