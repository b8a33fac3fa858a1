import { readFileSync } from 'node:fs';
import { CorpusError } from './corpus.ts';
import type { ScoreResult } from './score.ts';

/** The figures a regression gate watches, as `eval --json` and the floor file name them. */
export const FLOOR_FIGURES = ['factual_f1', 'modality_f1', 'date_accuracy'] as const;
export type FloorFigure = (typeof FLOOR_FIGURES)[number];

/** A committed floor file: the lowest acceptable figures, and what was measured when they were set. */
export interface EvalFloor {
  floor: Partial<Record<FloorFigure, number>>;
  measured?: Partial<Record<FloorFigure, number>>;
  note?: string;
}

/** The watched figures of a score. */
export function floorFigures(r: ScoreResult): Record<FloorFigure, number> {
  return { factual_f1: r.factual.f1, modality_f1: r.allWithModality.f1, date_accuracy: r.dateAccuracy };
}

/** Reads a floor file, naming the file when it is not one. */
export function loadFloor(path: string): EvalFloor {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorpusError(`${path}: not a readable JSON floor file (${(e as Error).message})`);
  }
  const floor = (doc as { floor?: unknown }).floor;
  if (typeof floor !== 'object' || floor === null) throw new CorpusError(`${path}: expected {"floor": {"factual_f1": …}}`);
  for (const [k, v] of Object.entries(floor)) {
    if (!(FLOOR_FIGURES as readonly string[]).includes(k) || typeof v !== 'number') {
      throw new CorpusError(`${path}: floor.${k} must be one of ${FLOOR_FIGURES.join(', ')} with a number`);
    }
  }
  return doc as EvalFloor;
}

/**
 * One line per figure below its floor, saying by how much; empty when every figure holds.
 *
 * @example
 * belowFloor({ factual_f1: 0.38, modality_f1: 0.4, date_accuracy: 0.8 }, { factual_f1: 0.39 });
 * // ['factual_f1 0.380 is 0.010 below its floor 0.390']
 */
export function belowFloor(figures: Record<FloorFigure, number>, floor: EvalFloor['floor']): string[] {
  return FLOOR_FIGURES.flatMap((k) => {
    const min = floor[k];
    const got = figures[k];
    return min !== undefined && got < min ? [`${k} ${got.toFixed(3)} is ${(min - got).toFixed(3)} below its floor ${min.toFixed(3)}`] : [];
  });
}
