import type { Side } from '../model/index.ts';

/**
 * Map colours per side, close to the conventions of the period's public maps (government red,
 * ISIS grey-black, SDF yellow, rebels green), as simplestyle properties geojson.io and our web page read.
 *
 * @example
 * SIDE_COLOURS.isis; // '#3c3c3c'
 */
export const SIDE_COLOURS: Record<Side, string> = {
  government: '#d7301f',
  isis: '#3c3c3c',
  sdf: '#f2c12e',
  us_coalition: '#3f6fd8',
  rebels: '#31a354',
  hts: '#9e9ac8',
  turkey: '#74c476',
  unknown: '#ffffff',
};
