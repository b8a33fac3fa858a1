import { readFile, stat } from 'node:fs/promises';
import type { Report } from '../model/index.ts';
import { fail, type IngestResult } from './build.ts';
import { DEFAULT_MAX_BYTES, checkSize } from './decode.ts';
import { IngestError, INGEST_ERROR_CODES } from './errors.ts';
import { errnoOf, expandInputsDetailed } from './expand.ts';
import { parseReportFile } from './parse-file.ts';

export interface ReadOptions {
  /** Stream read for the input `-` (default: process.stdin). */
  stdin?: NodeJS.ReadableStream;
  /** Largest report in bytes (default 64 MB). */
  maxBytes?: number;
}

/**
 * Expands inputs (files, folders, globs, `-`) and yields reports and per-item errors in a stable
 * order: inputs as given, files sorted within a folder or glob, lines and items in file order.
 * One bad file never stops the others. A report whose id an earlier input already gave gets a warning.
 *
 * @example
 * for await (const r of readReports(['reports', 'wire.rss'])) {
 *   if (r.ok) save(r.report); else console.error(r.error.message);
 * }
 */
export async function* readReports(inputs: string[], opts: ReadOptions = {}): AsyncGenerator<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const originById = new Map<string, string>();
  for (const entry of await expandInputsDetailed(inputs)) {
    if ('error' in entry) {
      yield fail(entry.error);
      continue;
    }
    let raw: Uint8Array;
    try {
      raw = entry.path === '-' ? await readStream(opts.stdin ?? process.stdin, maxBytes) : await readBoundedFile(entry.path, maxBytes);
    } catch (e) {
      if (!(e instanceof IngestError)) throw e;
      yield fail(e);
      continue;
    }
    for (const result of parseReportFile(raw, entry.path, { maxBytes })) {
      if (result.ok) warnOnSharedId(result.report, originById);
      yield result;
    }
  }
}

/** Ids name reports in the store and in event records: say when two inputs give the same one. */
function warnOnSharedId(report: Report, originById: Map<string, string>): void {
  const first = originById.get(report.id);
  if (first === undefined) originById.set(report.id, report.origin);
  else report.warnings.push(`id "${report.id}" is also the id of ${first}`);
}

/** Reads a file after checking its size, so an oversized file is refused without loading it. */
async function readBoundedFile(path: string, maxBytes: number): Promise<Buffer> {
  try {
    const info = await stat(path);
    checkSize(info.size, path, maxBytes);
    return await readFile(path);
  } catch (cause) {
    if (cause instanceof IngestError) throw cause;
    const code = errnoOf(cause);
    if (code === 'ENOENT') throw new IngestError(INGEST_ERROR_CODES.notFound, path, 'no such file', undefined, { cause });
    throw new IngestError(INGEST_ERROR_CODES.unreadable, path, `cannot read file (${code})`, undefined, { cause });
  }
}

/** Reads a whole stream, refusing it as soon as it passes the size limit. */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk);
    size += buf.length;
    checkSize(size, '-', maxBytes);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
