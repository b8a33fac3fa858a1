import type { ControlGrid, ControlObservation } from '../model/index.ts';
import { ControlEngine } from './control-engine.ts';
import { addDays, assertDay } from './dates.ts';
import { ControlError } from './errors.ts';
import { extentGrid } from './extent-grid.ts';
import { resolveOptions, type ControlAtOptions } from './options.ts';

/**
 * One grid per date from `from` to `to` (inclusive when the steps land on it) every `stepDays`.
 * Incremental: the extent's grid is built once and, between two dates, only the cells near places
 * whose evidence changed are decided again, so a daily year costs little more than its changes.
 * Arguments are checked at the call, not at the first iteration. Each grid yielded is the caller's.
 *
 * @example
 * for (const grid of controlSeries(observations, '2017-01-01', '2017-12-31', 1)) write(grid);
 */
export function controlSeries(
  obs: ControlObservation[],
  from: string,
  to: string,
  stepDays: number,
  opts?: ControlAtOptions,
): Iterable<ControlGrid> {
  assertDay(from, 'from');
  assertDay(to, 'to');
  if (from > to) throw new ControlError('E_CONTROL_DATE', `from ${from} is after to ${to}`);
  if (!Number.isInteger(stepDays) || stepDays < 1) {
    throw new ControlError('E_CONTROL_OPTION', `stepDays must be a positive integer, got ${stepDays}`);
  }
  const { resolution, radiusKm, extent, areas } = resolveOptions(opts);
  const engine = new ControlEngine(extentGrid(extent, resolution), obs, areas, radiusKm);
  return (function* series(): Generator<ControlGrid> {
    for (let date = from; date <= to; date = addDays(date, stepDays)) yield engine.advance(date);
  })();
}
