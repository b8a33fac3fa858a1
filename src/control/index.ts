export { controlAt } from './control-at.ts';
export { placeTimelines, positionsAt } from './timelines.ts';
export { syriaOutline } from './outline.ts';
export { ControlError, CONTROL_ERROR_CODES, type ControlErrorCode } from './errors.ts';
export { DEFAULT_RADIUS_KM, DEFAULT_RESOLUTION, type ControlAtOptions } from './options.ts';
