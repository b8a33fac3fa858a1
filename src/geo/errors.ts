/** Typed errors of the geo layer: callers decide by `code`, never by message text. */

/** A gazetteer input file (GeoNames dump, user additions, committed table) has a bad row. */
export class GazetteerFormatError extends Error {
  readonly code = 'E_GAZETTEER_FORMAT';
  /** `file:line` of the bad row. */
  readonly where: string;
  constructor(where: string, problem: string) {
    super(`[frontwatch] [geo] ${where}: ${problem}`);
    this.name = 'GazetteerFormatError';
    this.where = where;
  }
  static is(e: unknown): e is GazetteerFormatError {
    return e instanceof GazetteerFormatError;
  }
}
