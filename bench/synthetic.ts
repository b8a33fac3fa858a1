/**
 * A seeded synthetic war for the store, control, api and web sections: N events over 2017 at the
 * real places of the Syria gazetteer (so they cluster where towns are, as real reports do), whose
 * sides follow a coarse, moving picture of 2017 — the government front moving east through the
 * desert, the SDF moving south on Raqqa, rebels in the north-west and the south-west, a rebel
 * pocket north of Homs and an ISIS pocket in eastern Hama that shrinks. About one event in thirty
 * says the "wrong" side (reports disagree), so the map has noise to cope with.
 *
 * Nothing here is a real report; the sentences are placeholders written for the bench.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSyriaGazetteer } from '../src/geo/index.ts';
import { EVENT_TYPES, type EventRecord, type EventType, type Modality, type Report, type Side } from '../src/model/index.ts';
import { openSqliteStore } from '../src/store/sqlite.ts';
import type { ReportBatchItem } from '../src/store/store.ts';
import { addDays, seededRandom } from './lib.ts';

export const EVENTS = 100_000;
const EVENTS_PER_REPORT = 10;

/** Who holds (lon, lat) at fraction `t` (0 = 1 Jan, 1 = 31 Dec) of 2017 in the synthetic war. */
export function ownerAt(lon: number, lat: number, t: number): Side {
  // A rebel pocket (around ar-Rastan) and an ISIS pocket in eastern Hama shrinking through the year.
  if ((lon - 36.72) ** 2 + (lat - 34.93) ** 2 < 0.18 ** 2) return 'rebels';
  const r = 0.45 * (1 - t);
  if ((lon - 37.35) ** 2 + (lat - 35.2) ** 2 < r * r) return 'isis';
  if (lat > 35.3 && lon < 37.0) return lat > 35.7 && lon < 36.7 ? 'hts' : 'rebels';
  if (lat < 33.1 && lon < 36.4) return 'rebels';
  if (lon > 38.0 && lat > 36.3 - 0.6 * t) return 'sdf';
  return lon < 37.3 + 3.4 * t ? 'government' : 'isis';
}

/** Share of events that name a side other than the holder's (reports disagree, or are wrong). */
const NOISE = 0.03;
const HOSTILE: Side[] = ['government', 'isis', 'sdf', 'rebels'];
const TYPE_WEIGHTS: Array<[EventType, number]> = [
  ['capture', 0.22], ['withdrawal', 0.05], ['clash', 0.2], ['airstrike', 0.15], ['shelling', 0.14],
  ['advance', 0.08], ['siege', 0.02], ['attack', 0.09], ['other', 0.05],
];
const ACLED: Record<EventType, [string, string]> = {
  capture: ['Battles', 'Government regains territory'],
  withdrawal: ['Strategic developments', 'Non-violent transfer of territory'],
  clash: ['Battles', 'Armed clash'],
  airstrike: ['Explosions/Remote violence', 'Air/drone strike'],
  shelling: ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  advance: ['Strategic developments', 'Other'],
  siege: ['Strategic developments', 'Other'],
  attack: ['Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  other: ['Strategic developments', 'Other'],
};
const ACTORS: Record<string, string> = {
  government: 'the Syrian army', isis: 'the Islamic State', sdf: 'the SDF', rebels: 'rebel factions', hts: 'HTS',
};
const OUTLETS = ['Desert Monitor', 'Levant Wire', 'Frontline Weekly', 'Sham Front', 'Kurdish Bulletin'];

export interface SyntheticWar {
  items: ReportBatchItem[];
  events: EventRecord[];
}

let cached: SyntheticWar | null = null;

/** The same `count` events every run (seeded). */
export function syntheticWar(count = EVENTS, seed = 2017): SyntheticWar {
  if (cached && cached.events.length === count) return cached;
  const random = seededRandom(seed);
  const places = loadSyriaGazetteer().all().filter((p) => Number.isFinite(p.lat) && Number.isFinite(p.lon));
  const pickType = (): EventType => {
    let x = random();
    for (const [type, w] of TYPE_WEIGHTS) if ((x -= w) < 0) return type;
    return 'other';
  };
  const items: ReportBatchItem[] = [];
  const events: EventRecord[] = [];
  for (let r = 0; events.length < count; r++) {
    const id = `bench-${seed}-${r}`;
    const published = addDays('2017-01-02', Math.floor(random() * 364));
    const outlet = OUTLETS[Math.floor(random() * OUTLETS.length)]!;
    // A report is about one area: its events sit around one place.
    const anchor = places[Math.floor(random() * places.length)]!;
    const mine: EventRecord[] = [];
    let text = '';
    for (let k = 0; k < EVENTS_PER_REPORT && events.length < count; k++) {
      const near = random() < 0.7 ? places[Math.floor(random() * places.length)]! : anchor;
      const place = Math.abs(near.lat - anchor.lat) + Math.abs(near.lon - anchor.lon) < 1.5 || random() < 0.3 ? near : anchor;
      const date = random() < 0.03 ? null : addDays(published, -Math.floor(random() * 4));
      const t = date ? (Date.parse(date) - Date.parse('2017-01-01')) / (365 * 864e5) : 0.5;
      const holder = ownerAt(place.lon, place.lat, Math.min(1, Math.max(0, t)));
      const type = pickType();
      let side: Side = holder === 'hts' ? 'hts' : holder;
      if (random() < NOISE) side = HOSTILE[Math.floor(random() * HOSTILE.length)]!;
      const opponent: Side = side === 'isis' ? 'government' : 'isis';
      const x = random();
      const modality: Modality = x < 0.82 ? 'asserted' : x < 0.92 ? 'reported_earlier' : x < 0.97 ? 'intended' : 'hypothetical';
      const quote = `${ACTORS[side] ?? side} ${type} near ${place.name}.`;
      const start = text.length;
      text += `${quote} `;
      mine.push({
        report_id: id,
        type,
        subtype: type === 'other' ? 'statement' : null,
        acled_event_type: ACLED[type][0],
        acled_sub_event_type: ACLED[type][1],
        actor: { name: ACTORS[side] ?? side, side },
        allies: [],
        opponent: type === 'airstrike' || type === 'other' ? null : { name: ACTORS[opponent]!, side: opponent },
        place: { name: place.name, canonical: place.name, gazetteer_id: place.id, lat: place.lat, lon: place.lon, precision: 'exact', admin1: place.admin1 },
        date,
        date_end: null,
        date_precision: date ? 'day' : 'unknown',
        date_basis: date ? 'relative' : 'publication',
        date_offset_days: null,
        modality,
        confidence: 0.6 + random() * 0.35,
        rule: `bench-${type}`,
        quote,
        span: [start, start + quote.length],
      });
    }
    const report: Report = {
      id, source: outlet, url: `https://example.org/bench/${id}`, published, title: `Bench report ${r}`, note: null, text,
      contentHash: createHash('sha256').update(text + id).digest('hex'), format: 'text', origin: `bench/${id}.txt`, warnings: [],
    };
    items.push({ report, events: mine, claims: [] });
    events.push(...mine);
  }
  cached = { items, events };
  return cached;
}

/** A bbox + date query of the kind the map and the API make: a 0.5°–2° window over Syria, 1–8 weeks of 2017. */
export function randomQuery(random: () => number): { bbox: [number, number, number, number]; since: string; until: string } {
  const w = 0.5 + random() * 1.5;
  const h = 0.4 + random() * 1.1;
  const west = 35.7 + random() * (42.3 - 35.7 - w);
  const south = 32.3 + random() * (37.3 - 32.3 - h);
  const since = addDays('2017-01-01', Math.floor(random() * 300));
  const until = addDays(since, 7 * (1 + Math.floor(random() * 8)));
  return { bbox: [round4(west), round4(south), round4(west + w), round4(south + h)], since, until };
}

const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

export { EVENT_TYPES };

/**
 * The path of a SQLite file holding the synthetic war, for the api and web sections. Inside one
 * `npm run bench` the store section leaves its file in BENCH_TMP and later sections reuse it (a
 * `.done` marker says it was closed whole); a section run alone builds its own (not timed).
 */
export function benchDbPath(): { dir: string; path: string; marker: string; shared: boolean } {
  const shared = process.env.BENCH_TMP;
  const dir = shared ?? mkdtempSync(join(tmpdir(), 'frontwatch-bench-db-'));
  const path = join(dir, 'events-100k.db');
  return { dir, path, marker: `${path}.done`, shared: shared !== undefined };
}

export function ensureBenchDb(log: (line: string) => void): { path: string; cleanup: () => void } {
  const { dir, path, marker, shared } = benchDbPath();
  const cleanup = () => {
    if (!shared) rmSync(dir, { recursive: true, force: true });
  };
  if (existsSync(marker) && existsSync(path)) {
    log(`reusing the store section's database (${path})`);
    return { path, cleanup };
  }
  const t0 = performance.now();
  rmSync(path, { force: true });
  const store = openSqliteStore(path);
  const { items } = syntheticWar();
  for (let i = 0; i < items.length; i += 500) store.saveReports(items.slice(i, i + 500));
  const n = store.counts().events;
  store.close();
  writeFileSync(marker, String(n));
  log(`built a store of ${n} synthetic events in ${((performance.now() - t0) / 1000).toFixed(0)} s (${path})`);
  return { path, cleanup };
}
