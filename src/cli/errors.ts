/** A mistake in how a command was called: printed with the command's usage hint, exit code 2. */
export class UsageError extends Error {
  readonly code = 'E_USAGE';
  constructor(message: string) {
    super(`[frontwatch] [cli] ${message}`);
    this.name = 'UsageError';
  }
  static is(e: unknown): e is UsageError {
    return e instanceof Error && (e as { code?: unknown }).code === 'E_USAGE';
  }
}

/** A run that finished but had failures (some files not read): exit code 1 after printing everything else. */
export class PartialFailure extends Error {
  readonly code = 'E_PARTIAL';
  constructor(message: string) {
    super(message);
    this.name = 'PartialFailure';
  }
  static is(e: unknown): e is PartialFailure {
    return e instanceof Error && (e as { code?: unknown }).code === 'E_PARTIAL';
  }
}
