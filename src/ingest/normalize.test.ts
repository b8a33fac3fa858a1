import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentHash, normalizeBody } from './normalize.ts';

describe('normalizeBody and contentHash', () => {
  it('turns CRLF and CR into LF and trims the ends, keeping inner blank lines', () => {
    expect(normalizeBody('\r\n  Army enters Arak.\r\n\r\nISIS withdraws.\rEnd.\n\n')).toBe('Army enters Arak.\n\nISIS withdraws.\nEnd.');
  });

  it('hashes the normalised body with sha256', () => {
    expect(contentHash('Army enters Arak.\r\n')).toBe(createHash('sha256').update('Army enters Arak.').digest('hex'));
    expect(contentHash('Army enters Arak.')).not.toBe(contentHash('Army enters Arak!'));
  });
});
