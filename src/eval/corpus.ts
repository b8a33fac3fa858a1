import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from './score.ts';

/** A scored corpus folder: `reports/`, `gold/*.json`, and optionally `places.json` (place_norm → [lat, lon]). */
export interface Corpus {
  reportsDir: string;
  gold: GoldDoc[];
  places: Record<string, [number, number]>;
}

export class CorpusError extends Error {
  readonly code = 'E_EVAL_CORPUS';
  constructor(message: string) {
    super(`[frontwatch] [eval] ${message}`);
    this.name = 'CorpusError';
  }
}

/** Loads a corpus folder, naming the file when a gold document is not valid JSON. */
export function loadCorpus(dir: string): Corpus {
  const reportsDir = join(dir, 'reports');
  const goldDir = join(dir, 'gold');
  if (!existsSync(reportsDir) || !existsSync(goldDir)) throw new CorpusError(`${dir}: expected the folders reports/ and gold/ inside it`);
  const gold = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(goldDir, f);
      try {
        const doc = JSON.parse(readFileSync(path, 'utf8')) as Partial<GoldDoc>;
        return { report: doc.report ?? f.replace(/\.json$/, ''), published: doc.published ?? null, events: doc.events ?? [], claims: doc.claims ?? [] };
      } catch (e) {
        throw new CorpusError(`${path}: not valid JSON (${(e as Error).message})`);
      }
    });
  const placesPath = join(dir, 'places.json');
  const places = existsSync(placesPath) ? (JSON.parse(readFileSync(placesPath, 'utf8')) as Record<string, [number, number]>) : {};
  return { reportsDir, gold, places };
}
