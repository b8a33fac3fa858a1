import { describe, expect, it } from 'vitest';
import { decodeReportBytes } from './decode.ts';
import { IngestError } from './errors.ts';

function errorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (e) {
    if (e instanceof IngestError) return e;
    throw e;
  }
  throw new Error('expected an IngestError');
}

describe('decodeReportBytes', () => {
  it('decodes UTF-8 and drops a byte-order mark', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Deir ez-Zor — الميادين')]);
    expect(decodeReportBytes(bytes, 'a.txt')).toBe('Deir ez-Zor — الميادين');
  });

  it('decodes UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Army enters Arak.', 'utf16le')]);
    expect(decodeReportBytes(le, 'w.txt')).toBe('Army enters Arak.');
  });

  it('refuses UTF-16 that breaks off mid-character', () => {
    const odd = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Arak', 'utf16le'), Buffer.from([0x41])]);
    expect(errorOf(() => decodeReportBytes(odd, 'w.txt')).code).toBe('E_INGEST_ENCODING');
  });

  it('refuses an empty file', () => {
    const e = errorOf(() => decodeReportBytes(Buffer.alloc(0), 'r/empty.txt'));
    expect([e.code, e.message]).toEqual(['E_INGEST_EMPTY', '[frontwatch] [ingest] r/empty.txt: the file is empty (0 bytes)']);
  });

  it('refuses bytes with a NUL as binary, naming the offset', () => {
    const e = errorOf(() => decodeReportBytes(Buffer.from([0x47, 0x49, 0x46, 0x38, 0x00, 0x01]), 'r/map.gif.txt'));
    expect(e.code).toBe('E_INGEST_BINARY');
    expect(e.message).toMatch(/r\/map\.gif\.txt: binary file, not a report \(NUL byte at offset 4\)/);
  });

  it('refuses bytes that are mostly control characters as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01 + (i % 7))));
    expect(errorOf(() => decodeReportBytes(bytes, 'x.txt')).code).toBe('E_INGEST_BINARY');
  });

  it('refuses invalid UTF-8, naming the line', () => {
    const latin1 = Buffer.concat([Buffer.from('First line\nThe army entered Ma'), Buffer.from([0xe9]), Buffer.from('adin.\n')]);
    const e = errorOf(() => decodeReportBytes(latin1, 'old.txt'));
    expect(e.code).toBe('E_INGEST_ENCODING');
    expect(e.line).toBe(2);
    expect(e.message).toBe('[frontwatch] [ingest] old.txt:2: invalid UTF-8 (byte offset 30): save the file as UTF-8');
  });

  it('refuses a report over the size limit', () => {
    const e = errorOf(() => decodeReportBytes(Buffer.from('x'.repeat(2048)), 'big.txt', 1024));
    expect(e.code).toBe('E_INGEST_TOO_LARGE');
    expect(e.message).toMatch(/big\.txt: report is 2048 bytes, over the 1024 bytes limit/);
  });
});
