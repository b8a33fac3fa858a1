import type { ClaimRecord, EventRecord, Geocoder, Report } from '../model/index.ts';
import { syriaTheater } from '../theater/syria/index.ts';
import type { TheaterPack } from '../theater/pack.ts';
import { createConfig, type ExtractConfig } from './config.ts';
import { createActorMatcher, type ActorMatcher } from './mentions/actors.ts';
import { buildSentenceViews } from './mentions/index.ts';
import { prepareText } from './prepare.ts';
import { toRecord } from './record.ts';
import { runRules, scanTriggers } from './scan.ts';
import { splitSentences } from './sentences.ts';
import type { ExtractContext } from './types.ts';
import { extractClaims } from './claims/index.ts';

export interface ExtractOptions {
  geocoder?: Geocoder;
  debug?: (msg: () => string) => void;
  /** Theater pack (actors and sides); the Syria pack by default. */
  theater?: TheaterPack;
}

export interface Extraction {
  events: EventRecord[];
  claims: ClaimRecord[];
  notes: string[];
}

// Matchers and configs are compiled once per pack and reused for every report.
const compiled = new WeakMap<TheaterPack, { matcher: ActorMatcher; config: ExtractConfig }>();
function compile(pack: TheaterPack): { matcher: ActorMatcher; config: ExtractConfig } {
  let c = compiled.get(pack);
  if (!c) {
    c = { matcher: createActorMatcher(pack), config: createConfig(pack) };
    compiled.set(pack, c);
  }
  return c;
}

/**
 * Extracts the events (and numeric claims) a report states: typed, attributed, placed, dated,
 * with modality, rule name, quote and span. Pure: text in, records out; never throws on text.
 *
 * @example
 * extractReport({ id: 'r1', text: 'The Syrian army captured the town of Arak on Monday.', published: '2017-06-15', … })
 *   .events[0] // { type: 'capture', actor: { name: 'Syrian army', side: 'government' }, place: { name: 'the town of Arak', … }, date: '2017-06-12', … }
 */
export function extractReport(report: Report, opts: ExtractOptions = {}): Extraction {
  const pack = opts.theater ?? syriaTheater;
  const { matcher, config } = compile(pack);
  const notes: string[] = [];
  const prepared = prepareText(report.text);
  if (prepared.unsupported) return { events: [], claims: [], notes: [prepared.unsupported] };
  const split = splitSentences(prepared.text);
  const hits = scanTriggers(prepared.text, split, config.rules);
  const { sentences, dates } = buildSentenceViews(prepared.text, split, report.published, matcher, new Set(hits.keys()));
  const ctx: ExtractContext = {
    report,
    text: prepared.text,
    sentences,
    dates,
    notes,
    debug: opts.debug ?? (() => {}),
    ...(opts.geocoder ? { geocoder: opts.geocoder } : {}),
  };
  let candidates = runRules(ctx, hits);
  for (const refiner of config.refiners) candidates = refiner.refine(ctx, candidates);
  const events = candidates.map((c) => toRecord(report, c)).filter((e): e is EventRecord => e !== null);
  if (events.length === 0) notes.push('no events found');
  // Claims read the raw text: when no furniture was blanked, its sentences and dates are these.
  const shared = prepared.text === report.text ? { sentences: split, dates } : {};
  return { events, claims: extractClaims(report, shared), notes };
}
