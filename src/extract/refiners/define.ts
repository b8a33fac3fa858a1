import type { Candidate, ExtractContext } from '../types.ts';

/** A cross-cutting pass over all candidates of a report: pure, one job, one file (STYLE.md §3). */
export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, candidates: Candidate[]): Candidate[];
}

/** Types a refiner literal. */
export function defineRefiner(refiner: Refiner): Refiner {
  return refiner;
}
