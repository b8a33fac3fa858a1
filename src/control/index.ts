export { controlAt } from './control-at.ts';
export { observationsFromEvents, type ObservationsFromEvents } from './observations-from-events.ts';
export { loadBaseline, parseBaselineCsv, parseBaselineGeoJSON, type Baseline, type BaselineOptions } from './baseline.ts';
export { placeTimelines, positionsAt } from './timelines.ts';
export { normalisePlaceName } from './place-key.ts';
export { controlGeoJSON, type SideAreaProperties } from './control-geojson.ts';
export { frontLines, type FrontLineProperties } from './front-lines.ts';
export { SIDE_COLOURS } from './side-style.ts';
export { syriaOutline } from './outline.ts';
export { ControlError, CONTROL_ERROR_CODES, type ControlErrorCode } from './errors.ts';
export { DEFAULT_RADIUS_KM, DEFAULT_RESOLUTION, type ControlAtOptions } from './options.ts';
export { controlSeries } from './control-series.ts';
export { runControlBench, type ControlBenchResult } from './bench.ts';
export { changesBetween, type ChangeSummary, type ChangedPlace } from './changes-between.ts';
export {
  fuseEvents,
  SAME_EVENT_DAYS,
  UNDATED_OFFSET_DAYS,
  CONFLICT_WINDOW_DAYS,
  type FusedEvent,
  type FusedSource,
  type FusableEvent,
} from './fuse-events.ts';
