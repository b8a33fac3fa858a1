import type { Context } from 'hono';

/** An error with an HTTP status and a stable code; everything else becomes a 500 in `onError`. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
  static is(e: unknown): e is HttpError {
    return e instanceof HttpError;
  }
}

/** The one place where errors become responses: `{ error: { code, message } }`. */
export function handleError(err: Error, c: Context): Response {
  if (HttpError.is(err)) return c.json({ error: { code: err.code, message: err.message } }, err.status);
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('E_')) {
    // Typed errors from the library (bad input it refused) are the client's fault, not the server's.
    return c.json({ error: { code, message: err.message } }, 400);
  }
  console.error(err);
  return c.json({ error: { code: 'E_INTERNAL', message: 'internal error' } }, 500);
}
