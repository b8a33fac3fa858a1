import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled sample theater (written by the team): reports, gold and baselines. */
export const SAMPLE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../samples/syria-2017');
export const SAMPLE_REPORTS = join(SAMPLE_DIR, 'reports');

/** The sample's baseline files, oldest first (later evidence overrides earlier). */
export function sampleBaselines(): string[] {
  if (!existsSync(SAMPLE_DIR)) return [];
  return readdirSync(SAMPLE_DIR).filter((f) => /^baseline-.*\.(csv|geojson)$/.test(f)).sort().map((f) => join(SAMPLE_DIR, f));
}
