import type { ControlGrid, ControlObservation } from '../model/index.ts';
import { ControlEngine } from './control-engine.ts';
import { assertDay } from './dates.ts';
import { extentGrid } from './extent-grid.ts';
import { resolveOptions, type ControlAtOptions } from './options.ts';

/**
 * Area control on `date` on an H3 grid over the extent (Syria by default). Each cell takes the side
 * of the nearest position in force within `radiusKm`; baseline areas hold where given unless newer
 * point evidence is nearer; cells with no evidence are `unknown`, except unknown regions wholly
 * surrounded by one side, which take it (docs/control-model.md). The inputs are not modified.
 *
 * @example
 * const grid = controlAt(observations, '2017-06-15', { radiusKm: 25 });
 * [...grid.cells.values()].filter((s) => s === 'isis').length; // ISIS-held cells
 */
export function controlAt(obs: ControlObservation[], date: string, opts?: ControlAtOptions): ControlGrid {
  assertDay(date, 'date');
  const { resolution, radiusKm, extent, areas } = resolveOptions(opts);
  return new ControlEngine(extentGrid(extent, resolution), obs, areas, radiusKm).advance(date);
}
