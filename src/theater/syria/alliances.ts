import type { Side } from '../../model/index.ts';

/**
 * Sides of the Syria pack that do not besiege each other (2017), for pockets and near-encirclements:
 * a region of one bordered by the other is not cut off. Every other pair of known sides is hostile.
 */
export const SYRIA_ALLIES: ReadonlyArray<readonly [Side, Side]> = [
  // The coalition fights beside the SDF, and its own troops sit in SDF ground.
  ['sdf', 'us_coalition'],
  // At al-Tanf the coalition garrison and the rebel groups it backs hold one zone.
  ['rebels', 'us_coalition'],
  // Turkey's operation was fought by rebel groups (Euphrates Shield): one front.
  ['rebels', 'turkey'],
  // Rebels and HTS held Idlib and northern Hama side by side; their clashes (July 2017) besieged no one.
  ['rebels', 'hts'],
];
