/**
 * Gazetteer: load time of the default Syria gazetteer (cold, first call in this process), the time
 * its name index takes to build, and look-ups/s over a realistic mixed list of names — spellings
 * reports write (team-written), names of the table itself, transliteration variants, misspellings
 * and unknown names. Goal ≥ 50,000 look-ups/s. Geocodes/s (look-up + ranking) beside it.
 */
import { createGeocoder, loadSyriaGazetteer } from '../src/geo/index.ts';
import type { Place } from '../src/model/index.ts';
import { cpuMs, round, seededRandom, timed, type Figure, type Log, type SectionResult } from './lib.ts';

/** Spellings of Syrian places as English-language reports write them (team-written). */
const REPORT_SPELLINGS = [
  'Sokhna', 'al-Sukhnah', 'As Sukhnah', 'al-Resafa', 'al-Rasafeh', 'Rusafa', 'Aqayrabat', 'Uqayribat', 'Eqayrbat',
  'Deir Ezzor', 'Deir Ezzur', 'Dayr az Zawr', 'Deir ez-Zor', 'Bukamal', 'Albu Kamal', 'al-Mayadeen', 'Mayadin',
  'Hama', 'Khanasser', 'Khanaser', 'Ithriya', 'Athriya', 'al-Kom', 'al-Kawm', 'Tadmur', 'Palmyra', 'Maadan',
  'al-Tabqa', 'Tabqah', 'Raqqa', 'al-Raqqah', 'Salamiyah', 'Salamiyeh', 'Arak', 'al-Hail', 'al-Hayl', 'al-Shaer',
  'Homs', 'Idleb', 'Idlib', 'Douma', 'Harasta', 'Daraa', 'Deraa', 'Quneitra', 'Jisr al-Shughur', 'Kafr Nubl',
  'Aleppo', 'Halab', 'Manbij', 'Menbij', 'Qaryatayn', 'al-Qaryatain', 'Tiyas', 'Jubb al-Jarrah', 'Hasakah', 'al-Hasakeh',
  'Qamishli', 'Kobani', 'Ain al-Arab', 'Afrin', 'Tal Abyad', 'Tell Abiad', 'Suwayda', 'Sweida', 'Latakia', 'Tartous',
];
/** Names no Syrian gazetteer holds: the index must say "no" quickly too. */
const UNKNOWN = ['Zzyzx', 'Qwertyville', 'Springfield', 'Atlantis', 'Xanadu', 'Nowhere Hills', 'Bakersfield', 'Tallinn'];

const ARTICLES = ['al-', 'el-', 'ar-', 'as-', 'ad-', 'ash-', ''];

/** A transliteration variant of a name: article swapped, vowels and endings changed. */
function variant(name: string, random: () => number): string {
  let v = name.replace(/^(al|el|ar|as|ad|ash|an|at|az)[- ]/i, '');
  if (random() < 0.6) v = ARTICLES[Math.floor(random() * ARTICLES.length)] + v;
  const rules: Array<[RegExp, string]> = [[/ah$/, 'eh'], [/a$/, 'ah'], [/iyah$/, 'iyeh'], [/ou/g, 'u'], [/ee/g, 'i'], [/q/g, 'k'], [/i/, 'e'], [/u/, 'o']];
  for (const [re, to] of rules) if (random() < 0.3) v = v.replace(re, to);
  return v;
}

/** One edit (swap, drop or double a letter). */
function misspell(name: string, random: () => number): string {
  if (name.length < 4) return `${name}${name.at(-1) ?? ''}`;
  const i = 1 + Math.floor(random() * (name.length - 2));
  const kind = Math.floor(random() * 3);
  if (kind === 0) return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
  if (kind === 1) return name.slice(0, i) + name.slice(i + 1);
  return name.slice(0, i) + name[i] + name.slice(i);
}

function mixedNames(places: readonly Place[], count: number, seed: number): { names: string[]; mix: Record<string, number>; byKind: Record<string, string[]> } {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const names: string[] = [];
  const mix: Record<string, number> = { report_spellings: 0, table_names: 0, alternate_names: 0, variants: 0, misspellings: 0, unknown: 0 };
  const byKind: Record<string, string[]> = {};
  while (names.length < count) {
    const before = names.length;
    const kindsBefore = { ...mix };
    const x = random();
    const place = pick(places);
    if (x < 0.25) { names.push(pick(REPORT_SPELLINGS)); mix.report_spellings!++; }
    else if (x < 0.45) { names.push(place.name); mix.table_names!++; }
    else if (x < 0.55 && place.altNames.length) { names.push(pick(place.altNames)); mix.alternate_names!++; }
    else if (x < 0.75) { names.push(variant(place.name, random)); mix.variants!++; }
    else if (x < 0.9) { names.push(misspell(random() < 0.5 ? place.name : pick(REPORT_SPELLINGS), random)); mix.misspellings!++; }
    else { names.push(`${pick(UNKNOWN)}${random() < 0.5 ? '' : ` ${Math.floor(random() * 100)}`}`); mix.unknown!++; }
    if (names.length > before) {
      const kind = Object.keys(mix).find((k) => mix[k] !== kindsBefore[k])!;
      (byKind[kind] ??= []).push(names[names.length - 1]!);
    }
  }
  return { names, mix, byKind };
}

let MIN_MS = 3000;
const MAX_ROUNDS = 200;

/** Runs `fn` over all items for at least MIN_MS (bounded rounds): operations per wall and CPU second. */
function rate(items: readonly string[], fn: (s: string) => unknown): { ops: number; perSecWall: number; perSecCpu: number; hits: number } {
  let ops = 0;
  let hits = 0;
  const c0 = cpuMs();
  const t0 = performance.now();
  for (let r = 0; r < MAX_ROUNDS && performance.now() - t0 < MIN_MS; r++) {
    for (const s of items) {
      const out = fn(s);
      if (Array.isArray(out) ? out.length > 0 : out != null) hits++;
    }
    ops += items.length;
  }
  const wall = (performance.now() - t0) / 1000;
  const cpu = (cpuMs() - c0) / 1000;
  return { ops, perSecWall: Math.round(ops / wall), perSecCpu: Math.round(ops / cpu), hits: hits / Math.max(1, ops) };
}

export async function run(log: Log): Promise<SectionResult> {
  const load = timed(() => loadSyriaGazetteer());
  const g = load.value;
  log(`loadSyriaGazetteer (cold): ${load.ms.toFixed(0)} ms wall, ${load.cpuMs.toFixed(0)} ms cpu, ${g.size} places`);
  const index = timed(() => g.lookup('Palmyra'));
  log(`name index on first look-up: ${index.ms.toFixed(0)} ms wall`);

  const { names, mix, byKind } = mixedNames(g.all(), 5000, 2017);
  log(`mixed list: ${names.length} names ${JSON.stringify(mix)}`);
  for (const n of names.slice(0, 500)) g.lookup(n); // warm-up
  const lookups = rate(names, (n) => g.lookup(n));
  log(`look-ups: ${lookups.ops} in total, ${lookups.perSecWall}/s wall, ${lookups.perSecCpu}/s cpu, ${(lookups.hits * 100).toFixed(0)}% with a hit`);

  // Where the time goes: the rate of each kind of name alone (shorter runs).
  MIN_MS = 600;
  const perKind: Record<string, number> = {};
  for (const [kind, list] of Object.entries(byKind)) perKind[kind] = rate(list, (n) => g.lookup(n)).perSecCpu;
  log(`look-ups/s (cpu) by kind of name: ${Object.entries(perKind).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  MIN_MS = 3000;

  const geocoder = createGeocoder(g);
  const geocodes = rate(names.slice(0, 2000), (n) => geocoder.geocode({ name: n, text: n }));
  log(`geocodes: ${geocodes.perSecWall}/s wall, ${geocodes.perSecCpu}/s cpu, ${(geocodes.hits * 100).toFixed(0)}% resolved`);

  const figures: Figure[] = [
    { metric: 'places in the default gazetteer', value: g.size, unit: 'places' },
    { metric: 'gazetteer load (cold)', value: round(load.ms), unit: 'ms' },
    { metric: 'name index build (first look-up)', value: round(index.ms), unit: 'ms' },
    { metric: 'look-ups/s (cpu)', value: lookups.perSecCpu, unit: '/s', goal: '≥ 50,000/s', ok: lookups.perSecCpu >= 50_000 },
    { metric: 'look-ups/s (wall)', value: lookups.perSecWall, unit: '/s' },
    { metric: 'look-ups with ≥ 1 hit', value: round(lookups.hits * 100, 0), unit: '%' },
    { metric: 'geocodes/s (cpu)', value: geocodes.perSecCpu, unit: '/s' },
    { metric: 'geocodes/s (wall)', value: geocodes.perSecWall, unit: '/s' },
  ];
  return { figures, details: { mix, lookups, lookupsPerCpuSecondByKind: perKind, geocodes, loadMs: round(load.ms), loadCpuMs: round(load.cpuMs), indexMs: round(index.ms) } };
}
