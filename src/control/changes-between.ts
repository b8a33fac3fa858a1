import { cellArea, latLngToCell } from 'h3-js';
import type { ControlGrid, ControlObservation, Side } from '../model/index.ts';
import { SIDES } from '../model/index.ts';
import { ControlEngine } from './control-engine.ts';
import { assertDay } from './dates.ts';
import { ControlError } from './errors.ts';
import { extentGrid } from './extent-grid.ts';
import { resolveOptions, type ControlAtOptions } from './options.ts';
import { inForce, sharedTimelines } from './timelines.ts';

/** A place whose holder changed between the two dates. */
export interface ChangedPlace {
  name: string;
  lat: number;
  lon: number;
  /** Its holder on `from`: its own evidence then, else the map's side at its cell, else `unknown`. */
  fromSide: Side;
  toSide: Side;
  /** Date of the evidence in force on `to`. */
  date: string;
  /** Events dated after `from` and up to `to` in the place's timeline. */
  eventIds: string[];
}

/** What changed between two dates: area per side (km², geodesic) and the places that changed hands. */
export interface ChangeSummary {
  from: string;
  to: string;
  bySide: Record<Side, { gainedKm2: number; lostKm2: number }>;
  changedPlaces: ChangedPlace[];
}

/**
 * Area gained and lost per side, and the places that changed hands, between the maps of `from`
 * and `to` (same options as `controlAt`). A cell that went from one side to another counts as
 * lost by the first and gained by the second; `unknown` is reported like a side.
 *
 * @example
 * const c = changesBetween(observations, '2017-05-01', '2017-06-01');
 * c.bySide.government.gainedKm2; // km² the government gained in May
 */
export function changesBetween(obs: ControlObservation[], from: string, to: string, opts?: ControlAtOptions): ChangeSummary {
  assertDay(from, 'from');
  assertDay(to, 'to');
  if (from > to) throw new ControlError('E_CONTROL_DATE', `from ${from} is after to ${to}`);
  const { resolution, radiusKm, extent, areas } = resolveOptions(opts);
  const engine = new ControlEngine(extentGrid(extent, resolution), obs, areas, radiusKm);
  const before = engine.advance(from);
  const after = engine.advance(to);
  return { from, to, bySide: areaChanges(before, after), changedPlaces: changedPlaces(obs, before, from, to) };
}

function areaChanges(before: ControlGrid, after: ControlGrid): ChangeSummary['bySide'] {
  const bySide = Object.fromEntries(SIDES.map((s) => [s, { gainedKm2: 0, lostKm2: 0 }])) as ChangeSummary['bySide'];
  for (const [cell, oldSide] of before.cells) {
    const newSide = after.cells.get(cell) ?? oldSide;
    if (newSide === oldSide) continue;
    const km2 = cellArea(cell, 'km2');
    bySide[oldSide].lostKm2 += km2;
    bySide[newSide].gainedKm2 += km2;
  }
  for (const totals of Object.values(bySide)) {
    totals.gainedKm2 = Math.round(totals.gainedKm2 * 10) / 10;
    totals.lostKm2 = Math.round(totals.lostKm2 * 10) / 10;
  }
  return bySide;
}

function changedPlaces(obs: ControlObservation[], before: ControlGrid, from: string, to: string): ChangedPlace[] {
  const changed: ChangedPlace[] = [];
  for (const timeline of sharedTimelines(obs).values()) {
    const then = inForce(timeline, from);
    const now = inForce(timeline, to);
    if (!now || now === then) continue;
    const fromSide = then?.side ?? before.cells.get(latLngToCell(now.lat, now.lon, before.resolution)) ?? 'unknown';
    if (fromSide === now.side) continue;
    const eventIds = timeline.filter((o) => o.date > from && o.date <= to).flatMap((o) => o.eventIds ?? []);
    changed.push({ name: now.name, lat: now.lat, lon: now.lon, fromSide, toSide: now.side, date: now.date, eventIds: [...new Set(eventIds)] });
  }
  return changed.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name)));
}
