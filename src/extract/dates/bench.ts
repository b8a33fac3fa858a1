/**
 * Throughput of findDates against chrono-node's parse on the same generated text (not a test).
 * Run: npx tsx src/extract/dates/bench.ts [MB]
 */
import * as chrono from 'chrono-node';
import { findDates } from './index.ts';

// Sentences in the style of field reports, written for this benchmark.
const SENTENCES = [
  'Government forces advanced towards the oil field yesterday after heavy clashes with the militants.',
  'On the 19th of June 2017 the army entered the town, a military source said.',
  'Warplanes carried out dozens of raids on the eastern countryside during the past days.',
  'The group has held the area since 2014, according to local activists.',
  'Troops are now about 30 km away from the provincial capital.',
  'On Monday the ministry said the road between the two cities had been secured.',
  'Shelling resumed this morning on the southern neighbourhoods of the city.',
  'Fighters withdrew from three villages 3 days ago under pressure of the shelling.',
  'The siege, imposed in mid-June, was broken on July 22, 2017.',
  'Local councils reported that the water station was repaired and the market reopened.',
  // Most sentences of a report carry no date at all.
  'The pro-government forces consolidated their positions around the pumping station.',
  'Militants used tunnels and mined roads in an attempt to slow the advance of the troops.',
  'Aid agencies warned that families trapped inside the enclave lacked food and medicine.',
  'The road linking the two provincial capitals remains the main supply line for the garrison.',
  'Engineering units began clearing explosives left behind in the houses and farms.',
  'A commander said the next phase would target the hills overlooking the river crossing.',
  'Residents who fled the fighting were housed in schools in the nearby towns.',
  'The observatory said both sides suffered losses in the clashes around the airbase.',
  'Reinforcements including tanks and artillery arrived from the western front.',
  'The militants shelled residential neighbourhoods of the city with mortars.',
];

// chrono slows down badly on one huge string, so both parse report-sized pieces (~4 KB), as in use.
const REPORT_CHARS = 4_000;
const megabytes = Number(process.argv[2] ?? 5);
const reports: string[] = [];
let current = '';
let size = 0;
for (let i = 0; size < megabytes * 1_000_000; i++) {
  const s = SENTENCES[(i * 7) % SENTENCES.length]!;
  current += `${s} `;
  size += s.length + 1;
  if (current.length >= REPORT_CHARS) {
    reports.push(current);
    current = '';
  }
}
if (current) reports.push(current);
const published = '2017-07-25';
const reference = new Date(Date.UTC(2017, 6, 25));

function time(label: string, parse: (report: string) => number): number {
  const t0 = performance.now();
  let found = 0;
  for (const r of reports) found += parse(r);
  const seconds = (performance.now() - t0) / 1000;
  console.log(`${label.padEnd(12)} ${(size / 1e6 / seconds).toFixed(2).padStart(7)} MB/s  ${seconds.toFixed(2)} s  ${found} dates`);
  return seconds;
}

console.log(`text: ${(size / 1e6).toFixed(1)} MB in ${reports.length} reports`);
for (const r of reports.slice(0, 50)) findDates(r, published); // warm up
const ours = time('findDates', (r) => findDates(r, published).length);
const theirs = time('chrono.parse', (r) => chrono.parse(r, reference).length);
console.log(`findDates takes ${(ours / theirs).toFixed(2)}× chrono's time`);
