import type { FeatureCollection } from 'geojson';
import { findEncirclements, type Encirclement } from '../analysis/encirclements.ts';
import type { HostilityRule } from '../analysis/hostility.ts';
import { findPockets, type Pocket } from '../analysis/pockets.ts';
import { controlAt, loadBaseline, observationsFromEvents, type ControlAtOptions } from '../control/index.ts';
import { controlGeoJSON } from '../control/control-geojson.ts';
import type { BaselineArea, ControlGrid, ControlObservation, Side } from '../model/index.ts';
import type { Store } from '../store/store.ts';

export interface SituationOptions {
  /** Baseline files (CSV or GeoJSON) read once, in order. */
  baselineFiles?: string[];
  control?: ControlAtOptions;
  /** Which sides fight each other, for pockets and near-encirclements; default every side against every other. */
  isHostile?: HostilityRule;
  /** The side of a baseline's side name outside the vocabulary ("SAA", "Daesh"): the theater's lexicon. */
  sideOf?: (text: string) => Side | null;
}

/** How many dated answers to keep: a slider moving back and forth reuses them. */
const CACHE_SIZE = 32;

/** A small first-in-first-out memo: the evidence never changes during a Situation's life. */
function remember<T>(cache: Map<string, unknown>, key: string, compute: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(key, value);
  return value;
}

/**
 * The evidence of a store (factual captures and withdrawals) plus baselines, and the maps and
 * analyses computed from it for any date. The CLI and the server ask this one object, so both
 * give the same answer for the same date.
 */
export class Situation {
  readonly observations: ControlObservation[];
  readonly areas: BaselineArea[];
  /** Factual capture/withdrawal events that could not be placed on the map (no date or no coordinates). */
  readonly skippedEvents: number;
  private readonly grids = new Map<string, ControlGrid>();
  private readonly answers = new Map<string, unknown>();

  /** `store` null: the baselines alone are the evidence. */
  constructor(store: Store | null, private readonly opts: SituationOptions = {}) {
    const observations: ControlObservation[] = [];
    const areas: BaselineArea[] = [];
    for (const file of opts.baselineFiles ?? []) {
      const b = loadBaseline(file, { sideOf: opts.sideOf });
      observations.push(...b.observations);
      areas.push(...b.areas);
    }
    const events = store
      ? store.events({ factualOnly: true, type: 'capture', limit: Number.MAX_SAFE_INTEGER })
        .concat(store.events({ factualOnly: true, type: 'withdrawal', limit: Number.MAX_SAFE_INTEGER }))
      : [];
    const fromEvents = observationsFromEvents(events);
    observations.push(...fromEvents.observations);
    this.observations = observations;
    this.areas = areas;
    this.skippedEvents = fromEvents.skipped;
  }

  /** The hostility rule in force, for claim checks that look for pockets and near-encirclements. */
  get isHostile(): HostilityRule | undefined {
    return this.opts.isHostile;
  }

  /** The grid options in force (resolution, radius), for series and change computations. */
  controlOptions(): ControlAtOptions {
    return { ...this.opts.control };
  }

  /** The control grid for a date (cached). */
  gridAt(date: string): ControlGrid {
    return remember(this.grids, date, () => controlAt(this.observations, date, { ...this.opts.control, areas: this.areas }));
  }

  control(date: string): FeatureCollection {
    return remember(this.answers, `control ${date}`, () => controlGeoJSON(this.gridAt(date)));
  }

  /**
   * Pockets on a date, each with the date it formed (searched over this evidence's change dates),
   * or with `formed: null` when `withFormed` is false: the search draws up to ~40 earlier maps,
   * too slow for a page that must show the map first.
   */
  pockets(date: string, withFormed = true): Pocket[] {
    const history = withFormed ? { obs: this.observations, gridAt: (d: string) => this.gridAt(d) } : undefined;
    return remember(this.answers, `pockets ${date} ${withFormed}`, () => findPockets(this.gridAt(date), { ...(history ? { history } : {}), isHostile: this.opts.isHostile }));
  }

  encirclements(date: string, opts: { side?: Side; top?: number } = {}): Encirclement[] {
    return remember(this.answers, `encirclements ${date} ${opts.side ?? '*'} ${opts.top ?? ''}`, () => findEncirclements(this.gridAt(date), { ...opts, isHostile: this.opts.isHostile }));
  }

  /** First and last dates of the evidence, for a time slider. */
  dateRange(): { first: string | null; last: string | null } {
    const dates = this.observations.map((o) => o.date).sort();
    return { first: dates[0] ?? null, last: dates[dates.length - 1] ?? null };
  }
}
