/**
 * Stable codes of everything that can go wrong in an analysis. The CLI and server decide what to
 * do by the code, never by parsing the message.
 */
export const ANALYSIS_ERROR_CODES = {
  /** An argument of the wrong shape or out of range (a grid without cells, a bad bearing, a side). */
  argument: 'E_ANALYSIS_ARGUMENT',
  /** Two dates in the wrong order, or a date that is not YYYY-MM-DD. */
  date: 'E_ANALYSIS_DATE',
  /** The side holds no position on the grid's date, so nothing can be measured from it. */
  noPosition: 'E_ANALYSIS_NO_POSITION',
} as const;

export type AnalysisErrorCode = (typeof ANALYSIS_ERROR_CODES)[keyof typeof ANALYSIS_ERROR_CODES];

/**
 * An analysis failure with a stable `code`.
 *
 * @example
 * const e = new AnalysisError('E_ANALYSIS_ARGUMENT', 'grid: has no cells');
 * e.message; // '[frontwatch] [analysis] grid: has no cells'
 * AnalysisError.is(e, 'E_ANALYSIS_ARGUMENT'); // true
 */
export class AnalysisError extends Error {
  override readonly name = 'AnalysisError';

  constructor(
    readonly code: AnalysisErrorCode,
    detail: string,
  ) {
    super(`[frontwatch] [analysis] ${detail}`);
  }

  /** True for an AnalysisError, optionally with the given code. */
  static is(value: unknown, code?: AnalysisErrorCode): value is AnalysisError {
    return value instanceof AnalysisError && (code === undefined || value.code === code);
  }
}
