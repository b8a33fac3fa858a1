import type { EventRecord, Side } from '../model/index.ts';
import { controlAt } from './control-at.ts';
import { controlSeries } from './control-series.ts';
import { addDays } from './dates.ts';
import { extentGrid } from './extent-grid.ts';
import { observationsFromEvents } from './observations-from-events.ts';
import { DEFAULT_RESOLUTION } from './options.ts';
import { syriaOutline } from './outline.ts';

/** What `runControlBench` measured (milliseconds, MB). */
export interface ControlBenchResult {
  events: number;
  observations: number;
  places: number;
  cells: number;
  /** Building the Syria grid at resolution 7 (once per process; cached afterwards). */
  extentGridMs: number;
  observationsFromEventsMs: number;
  /** controlAt for one date, median of several dates (grid already cached). Target ≤ 200 ms. */
  controlAtMs: number;
  /** A daily series over 365 days. Target ≤ 30 s. */
  series365Ms: number;
  peakRssMb: number;
}

const CAPTURING_SIDES: Side[] = ['government', 'isis', 'sdf', 'rebels'];

/**
 * The control side of `npm run bench`: a seeded synthetic workload of `events` capture events
 * (default 100 000) over `places` places (default 10 000) spread over Syria's grid cells in 2017,
 * then the timings of controlAt and a daily 365-day series on all of Syria at resolution 7.
 *
 * @example
 * const r = runControlBench({ log: console.log });
 * r.controlAtMs <= 200;
 */
export function runControlBench(opts: { events?: number; places?: number; seed?: number; log?: (line: string) => void } = {}): ControlBenchResult {
  const eventCount = opts.events ?? 100_000;
  const placeCount = opts.places ?? 10_000;
  const log = opts.log ?? (() => undefined);
  const random = seededRandom(opts.seed ?? 2017);
  let peakRss = process.memoryUsage().rss;
  const sample = (): void => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };

  let start = performance.now();
  const grid = extentGrid(syriaOutline(), DEFAULT_RESOLUTION);
  const extentGridMs = performance.now() - start;
  log(`extent grid: ${grid.cells.length} cells in ${extentGridMs.toFixed(0)} ms`);

  const events = syntheticEvents(eventCount, placeCount, grid.lat, grid.lon, random);
  sample();
  start = performance.now();
  const { observations } = observationsFromEvents(events);
  const observationsFromEventsMs = performance.now() - start;
  log(`observationsFromEvents: ${events.length} events → ${observations.length} observations in ${observationsFromEventsMs.toFixed(0)} ms`);

  const times: number[] = [];
  for (const date of ['2017-03-01', '2017-06-15', '2017-09-01', '2017-12-01', '2017-07-20']) {
    start = performance.now();
    controlAt(observations, date);
    times.push(performance.now() - start);
    sample();
  }
  const controlAtMs = times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0;
  log(`controlAt (one date, median of ${times.length}): ${controlAtMs.toFixed(0)} ms [${times.map((t) => t.toFixed(0)).join(', ')}]`);

  start = performance.now();
  let grids = 0;
  for (const day of controlSeries(observations, '2017-01-01', '2017-12-31', 1)) {
    if (day.cells.size > 0) grids++;
    if (grids % 30 === 0) sample();
  }
  const series365Ms = performance.now() - start;
  sample();
  log(`controlSeries daily 2017 (${grids} grids): ${(series365Ms / 1000).toFixed(1)} s`);

  return {
    events: events.length,
    observations: observations.length,
    places: placeCount,
    cells: grid.cells.length,
    extentGridMs,
    observationsFromEventsMs,
    controlAtMs,
    series365Ms,
    peakRssMb: Math.round(peakRss / 1e6),
  };
}

/** Capture events in 2017 over places sitting on grid cell centres: fronts move all year. */
function syntheticEvents(count: number, places: number, lat: Float64Array, lon: Float64Array, random: () => number): Array<EventRecord & { id: string }> {
  const placeAt = Array.from({ length: places }, () => Math.floor(random() * lat.length));
  const events: Array<EventRecord & { id: string }> = [];
  for (let i = 0; i < count; i++) {
    const place = Math.floor(random() * places);
    const cell = placeAt[place] ?? 0;
    const side = CAPTURING_SIDES[Math.floor(random() * CAPTURING_SIDES.length)] ?? 'isis';
    events.push({
      id: `e${i}`,
      report_id: `r${Math.floor(i / 5)}`,
      type: 'capture',
      subtype: null,
      acled_event_type: 'Battles',
      acled_sub_event_type: 'Armed clash',
      actor: { name: side, side },
      allies: [],
      opponent: null,
      place: { name: `Place ${place}`, canonical: `Place ${place}`, gazetteer_id: `p${place}`, lat: lat[cell] ?? 0, lon: lon[cell] ?? 0, precision: 'exact', admin1: null },
      date: addDays('2017-01-01', Math.floor(random() * 365)),
      date_end: null,
      date_precision: 'day',
      date_basis: 'explicit',
      date_offset_days: null,
      modality: 'asserted',
      confidence: 0.9,
      rule: 'bench',
      quote: '',
      span: [0, 0],
    });
  }
  return events;
}

/** Park–Miller: a seeded generator, so every run times the same workload. */
function seededRandom(seed: number): () => number {
  let state = seed % 2147483647 || 1;
  return () => {
    state = (state * 16807) % 2147483647;
    return state / 2147483647;
  };
}
