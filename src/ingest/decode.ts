import { IngestError, INGEST_ERROR_CODES } from './errors.ts';

/** Default largest report read: big enough for any real page, small enough to fail fast on a disk image. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

// How much of the start of a file is sampled for control characters.
const SNIFF_BYTES = 8192;
// Above this share of control characters in the sample, the file is not text.
const MAX_CONTROL_SHARE = 0.1;

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/**
 * Turns one file's bytes into text, or throws the `IngestError` that says why they are not a
 * report: too large, empty, binary (NUL bytes or mostly control characters) or invalid UTF-8.
 * UTF-16 with a byte-order mark is decoded (Windows editors write it); a UTF-8 BOM is dropped.
 *
 * @example decodeReportBytes(Buffer.from('Army enters Arak.'), 'a.txt'); // 'Army enters Arak.'
 */
export function decodeReportBytes(raw: Uint8Array, file: string, maxBytes = DEFAULT_MAX_BYTES): string {
  checkSize(raw.length, file, maxBytes);
  if (raw.length === 0) throw new IngestError(INGEST_ERROR_CODES.empty, file, 'the file is empty (0 bytes)');

  const utf16 = utf16Encoding(raw);
  if (utf16) {
    try {
      return new TextDecoder(utf16, { fatal: true, ignoreBOM: false }).decode(raw);
    } catch (cause) {
      throw new IngestError(INGEST_ERROR_CODES.encoding, file, `invalid ${utf16.toUpperCase()} (the file starts with its byte-order mark): save the file as UTF-8`, undefined, { cause });
    }
  }

  const nul = raw.indexOf(0);
  if (nul !== -1) {
    throw new IngestError(INGEST_ERROR_CODES.binary, file, `binary file, not a report (NUL byte at offset ${nul})`);
  }
  const share = controlShare(raw.subarray(0, SNIFF_BYTES));
  if (share > MAX_CONTROL_SHARE) {
    throw new IngestError(
      INGEST_ERROR_CODES.binary,
      file,
      `binary file, not a report (${Math.round(share * 100)}% control characters in the first ${SNIFF_BYTES} bytes)`,
    );
  }
  try {
    const start = UTF8_BOM.every((b, i) => raw[i] === b) ? UTF8_BOM.length : 0;
    return new TextDecoder('utf-8', { fatal: true }).decode(raw.subarray(start));
  } catch (cause) {
    const at = firstInvalidUtf8(raw);
    throw new IngestError(
      INGEST_ERROR_CODES.encoding,
      file,
      `invalid UTF-8${at === null ? '' : ` (byte offset ${at.offset})`}: save the file as UTF-8`,
      at?.line,
      { cause },
    );
  }
}

/** Throws `E_INGEST_TOO_LARGE` when `size` bytes exceed the limit. */
export function checkSize(size: number, file: string, maxBytes: number): void {
  if (size > maxBytes) {
    throw new IngestError(
      INGEST_ERROR_CODES.tooLarge,
      file,
      `report is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit (raise it with the maxBytes option)`,
    );
  }
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${n} bytes`;
}

function utf16Encoding(raw: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (raw[0] === 0xff && raw[1] === 0xfe) return 'utf-16le';
  if (raw[0] === 0xfe && raw[1] === 0xff) return 'utf-16be';
  return null;
}

function controlShare(sample: Uint8Array): number {
  if (sample.length === 0) return 0;
  let control = 0;
  for (const b of sample) {
    // Tab, LF, VT, FF, CR and ESC show up in real text files; other C0 bytes do not.
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control / sample.length;
}

/** Finds the first byte that breaks UTF-8, so the message can name its line. */
function firstInvalidUtf8(raw: Uint8Array): { offset: number; line: number } | null {
  let line = 1;
  let i = 0;
  while (i < raw.length) {
    const b = raw[i]!;
    if (b === 0x0a) line++;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return { offset: i, line };
    for (let k = 1; k < len; k++) {
      const c = raw[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return { offset: i, line };
    }
    i += len;
  }
  return null;
}
