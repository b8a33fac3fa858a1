export { controlAt } from './control-at.ts';
export { observationsFromEvents, type ObservationsFromEvents } from './observations-from-events.ts';
export { loadBaseline, parseBaselineCsv, parseBaselineGeoJSON, type Baseline } from './baseline.ts';
export { placeTimelines, positionsAt } from './timelines.ts';
export { normalisePlaceName } from './place-key.ts';
export { syriaOutline } from './outline.ts';
export { ControlError, CONTROL_ERROR_CODES, type ControlErrorCode } from './errors.ts';
export { DEFAULT_RADIUS_KM, DEFAULT_RESOLUTION, type ControlAtOptions } from './options.ts';
