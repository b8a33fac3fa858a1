/**
 * Stable codes of everything that can go wrong while building control maps. The CLI and server
 * decide what to do by the code, never by parsing the message.
 */
export const CONTROL_ERROR_CODES = {
  /** A date that is not YYYY-MM-DD, or a `from` after a `to`. */
  date: 'E_CONTROL_DATE',
  /** An option out of range (resolution, radius, step). */
  option: 'E_CONTROL_OPTION',
  /** A baseline file that cannot be read. */
  baselineRead: 'E_CONTROL_BASELINE_READ',
  /** A baseline row or feature that is malformed (names file:line or file#feature). */
  baselineFormat: 'E_CONTROL_BASELINE_FORMAT',
  /** The extent polygon yields no grid cell at the requested resolution. */
  emptyExtent: 'E_CONTROL_EMPTY_EXTENT',
} as const;

export type ControlErrorCode = (typeof CONTROL_ERROR_CODES)[keyof typeof CONTROL_ERROR_CODES];

/**
 * A control-map failure with a stable `code`.
 *
 * @example
 * const e = new ControlError('E_CONTROL_DATE', 'date "2017-6-1" is not YYYY-MM-DD');
 * e.message; // '[frontwatch] [control] date "2017-6-1" is not YYYY-MM-DD'
 * ControlError.is(e); // true
 */
export class ControlError extends Error {
  readonly code: ControlErrorCode;

  constructor(code: ControlErrorCode, detail: string) {
    super(`[frontwatch] [control] ${detail}`);
    this.name = 'ControlError';
    this.code = code;
  }

  /** True for a ControlError (optionally with the given code), also across module copies. */
  static is(value: unknown, code?: ControlErrorCode): value is ControlError {
    return (
      value instanceof Error &&
      value.name === 'ControlError' &&
      typeof (value as { code?: unknown }).code === 'string' &&
      (code === undefined || (value as { code?: unknown }).code === code)
    );
  }
}
