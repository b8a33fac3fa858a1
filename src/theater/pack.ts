import type { Side } from '../model/index.ts';

/**
 * One actor of a theater: its name, its side, and every way reports write it.
 * `generic` rows ("the militants", "the army") are descriptions, not names: extraction's
 * coreference pass may resolve them to the last named actor of a compatible side.
 */
export interface ActorEntry {
  /** Display name used when the report's own wording is generic. */
  name: string;
  side: Side;
  /** Spellings as written, matched case-insensitively on word boundaries. */
  aliases: readonly string[];
  /** True for descriptions that stand for whichever named actor came last ("the organization"). */
  generic?: boolean;
  /** Why the row exists (compromise-style reason), shown in debug output. */
  reason?: string;
}

/**
 * An adjective that names the actor behind a weapon word ("Russian warplanes", "coalition
 * airstrikes", "regime artillery"): only read right before such a word.
 */
export interface ActorModifier {
  word: string;
  name: string;
  side: Side;
}

/** What a theater contributes to the engine: actors and sides (places live with the gazetteer). */
export interface TheaterPack {
  id: string;
  actors: readonly ActorEntry[];
  modifiers: readonly ActorModifier[];
}
