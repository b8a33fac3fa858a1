import type { Side } from '../model/index.ts';

/** Decides whether two sides fight each other; `unknown` is never hostile (nobody holds it). */
export type HostilityRule = (a: Side, b: Side) => boolean;

/**
 * The default rule: every known side is hostile to every other known side. Pass your own rule where
 * sides are allied (for example `sdf` and `us_coalition`).
 *
 * @example
 * everyoneHostile('isis', 'government'); // true
 * everyoneHostile('isis', 'unknown');    // false
 */
export const everyoneHostile: HostilityRule = (a, b) => a !== b && a !== 'unknown' && b !== 'unknown';
