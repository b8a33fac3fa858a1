/** Stable codes of store failures: the CLI and the server decide what to do by these, never by message text. */
export type StoreErrorCode =
  /** The database file cannot be opened (missing in read-only mode, not a database, no permission). */
  | 'E_STORE_OPEN'
  /** The file was written by a newer Frontwatch (its schema version is above the code's). */
  | 'E_STORE_SCHEMA_TOO_NEW'
  /** A read-only open of a file whose schema is older than the code's: open it once read-write to migrate. */
  | 'E_STORE_SCHEMA_OUTDATED'
  /** A migration failed; the file is left at the last good version. */
  | 'E_STORE_MIGRATION'
  /** A row broke a rule of the schema (range, missing value, uniqueness); the transaction was rolled back. */
  | 'E_STORE_CONSTRAINT'
  /** Input the store refuses before writing: an event of another report, a malformed query. */
  | 'E_STORE_INVALID'
  /** A write on a store opened read-only. */
  | 'E_STORE_READONLY';

/**
 * The one error type of the store, with a stable `code`.
 *
 * @example
 * try { store.saveReport(report, events, claims); }
 * catch (err) { if (StoreError.is(err, 'E_STORE_CONSTRAINT')) console.error(err.message); else throw err; }
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';

  constructor(
    readonly code: StoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`[frontwatch] [store] ${message}`, options);
  }

  /** True when `err` is a StoreError (with this code, when one is given). */
  static is(err: unknown, code?: StoreErrorCode): err is StoreError {
    return err instanceof StoreError && (code === undefined || err.code === code);
  }
}
