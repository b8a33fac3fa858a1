import { createHash } from 'node:crypto';

/**
 * The body text as stored: Windows and old-Mac line endings become `\n`, and surrounding blank
 * space is trimmed. Event spans index into this string.
 *
 * @example normalizeBody('\r\nArmy enters Arak.\r\n'); // 'Army enters Arak.'
 */
export function normalizeBody(body: string): string {
  return body.replace(/\r\n?/g, '\n').trim();
}

/**
 * sha256 hex of the normalised body: the same report saved with other line endings, or under
 * another file name, gets the same hash (the store keeps it once).
 *
 * @example contentHash('Army enters Arak.') === contentHash('Army enters Arak.\r\n'); // true
 */
export function contentHash(body: string): string {
  return createHash('sha256').update(normalizeBody(body), 'utf8').digest('hex');
}
