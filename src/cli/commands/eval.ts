import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { EventRecord } from '../../model/index.ts';
import { processReports } from '../../pipeline/index.ts';
import { loadCorpus } from '../../eval/corpus.ts';
import { belowFloor, floorFigures, loadFloor } from '../../eval/floor.ts';
import { scoreEvents, type ScoreResult } from '../../eval/score.ts';
import { PartialFailure } from '../errors.ts';
import { geocoderWith } from '../geocoder.ts';

/** Runs extraction over a corpus folder and scores it against its gold. */
export async function evaluateCorpus(dir: string, places?: string[]): Promise<{ result: ScoreResult; events: EventRecord[] }> {
  const corpus = loadCorpus(dir);
  const geocoder = geocoderWith(places);
  const events: EventRecord[] = [];
  for await (const item of processReports([corpus.reportsDir], { geocoder })) {
    if (item.kind === 'error') throw item.error;
    events.push(...item.events);
  }
  return { result: scoreEvents(corpus.gold, events, corpus.places), events };
}

const f3 = (n: number): string => n.toFixed(3);

export function formatScore(r: ScoreResult): string {
  const km = r.place.medianKm === null ? 'n/a' : `${r.place.medianKm.toFixed(1)} km`;
  return [
    `reports ${r.reports}  factual P ${f3(r.factual.precision)} R ${f3(r.factual.recall)} F1 ${f3(r.factual.f1)} (${r.factual.tp}/${r.factual.pred} pred, ${r.factual.gold} gold)`,
    `all events with modality  P ${f3(r.allWithModality.precision)} R ${f3(r.allWithModality.recall)} F1 ${f3(r.allWithModality.f1)}`,
    `date accuracy on matched factual events ${f3(r.dateAccuracy)} (${r.datedPairs} with a gold date)`,
    `place accuracy on matched factual events ${f3(r.place.share)} within 5 km (${r.place.within5km}/${r.place.located} with gold coordinates, ${r.place.unresolved} unresolved), median error ${km}`,
    `factual_f1 ${f3(r.factual.f1)}`,
  ].join('\n');
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('Extract a corpus (CORPUS/reports) and score it against its gold (CORPUS/gold, CORPUS/places.json)')
    .argument('<corpus>', 'corpus folder')
    .option('-v, --verbose', 'list missed and extra factual events')
    .option('--json', 'print the scores as JSON')
    .option('--pred <file>', 'also write the predicted events as JSON Lines')
    .option('--min-f1 <n>', 'exit 1 when factual F1 is below this (for CI)')
    .option('--floor <file>', 'exit 1 when factual_f1, modality_f1 or date_accuracy is below the floor in this JSON file, e.g. CORPUS/eval-floor.json')
    .addHelpText('after', `
Examples:
  npm run eval -- ../shared/corpus/dev
  frontwatch eval samples/syria-2017 --verbose
  frontwatch eval samples/syria-2017 --floor samples/syria-2017/eval-floor.json`)
    .action(async (dir: string, o: { verbose?: boolean; json?: boolean; pred?: string; minF1?: string; floor?: string }) => {
      const floor = o.floor ? loadFloor(o.floor) : undefined; // a bad floor file fails before the long run
      const { result, events } = await evaluateCorpus(dir);
      if (o.pred) writeFileSync(o.pred, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
      if (o.verbose) for (const line of [...result.misses, ...result.extras]) process.stdout.write(`  ${line}\n`);
      const { misses: _m, extras: _e, ...scores } = result;
      process.stdout.write(o.json ? JSON.stringify(scores) + '\n' : formatScore(result) + '\n');
      if (o.minF1 !== undefined && result.factual.f1 < Number(o.minF1)) {
        throw new PartialFailure(`[frontwatch] [eval] factual F1 ${f3(result.factual.f1)} is below the recorded ${o.minF1}`);
      }
      const dropped = floor ? belowFloor(floorFigures(result), floor.floor) : [];
      if (dropped.length) throw new PartialFailure(`[frontwatch] [eval] ${dir}: ${dropped.join('; ')} (${o.floor})`);
    });
}
