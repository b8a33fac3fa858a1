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

/**
 * Every known side hostile to every other, except the pairs given (either order): for a theater's
 * alliances, so that a region of one ally bordered by another is not read as a siege.
 *
 * @example
 * const rule = hostileExceptAllies([['sdf', 'us_coalition']]);
 * rule('sdf', 'us_coalition'); // false
 * rule('sdf', 'isis');         // true
 */
export function hostileExceptAllies(allies: ReadonlyArray<readonly [Side, Side]>): HostilityRule {
  const allied = new Set(allies.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
  return (a, b) => everyoneHostile(a, b) && !allied.has(`${a}|${b}`);
}
