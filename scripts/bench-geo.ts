/**
 * Geo throughput on the default Syria gazetteer: load time, index time, look-ups/s, geocodes/s.
 * Usage: node --import tsx scripts/bench-geo.ts
 * The names are spellings of Syrian places as reports write them (team-written), plus misses.
 */
import { benchGeocodes, benchLookups } from '../src/geo/bench.ts';
import { createGeocoder, loadSyriaGazetteer, queryFromPhrase } from '../src/geo/index.ts';

const NAMES = [
  'Sokhna', 'al-Resafa', 'Aqayrabat', 'Deir Ezzur', 'Bukamal', 'al-Mayadeen', 'Hama', 'Khanasser', 'Ithriya', 'al-Kom',
  'Tadmur', 'Palmyra', 'Maadan', 'al-Tabqa', 'Raqqa', 'Salamiyah', 'Ark', 'al-Hail', 'T4', 'Jabal Bishri',
  'Homs', 'Idleb', 'Douma', 'Harasta', 'Daraa', 'Quneitra', 'Jisr al-Shughur', 'Kafr Nubl', 'Zzyzx', 'Qwertyville',
];
const PHRASES = [
  '13 km south of Deir ez-Zor', 'the eastern countryside of Hama', 'Ark oilfield', 'the town of al-Sukhna',
  'the road between Khanasser and Ithriya', 'Raqqa province', 'outskirts of Uqayrbat', 'al-Mayadeen city',
];

const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
let t = performance.now();
let c = cpu();
const g = loadSyriaGazetteer();
console.log(`load: ${Math.round(performance.now() - t)} ms wall, ${Math.round(cpu() - c)} ms cpu, ${g.size} places`);
t = performance.now();
c = cpu();
g.lookup('warm-up');
console.log(`index: ${Math.round(performance.now() - t)} ms wall, ${Math.round(cpu() - c)} ms cpu`);
const lookups = benchLookups(g, NAMES, 2000);
console.log(`look-ups: ${lookups.perSecondWall}/s wall, ${lookups.perSecondCpu}/s cpu (${lookups.operations})`);
const geocodes = benchGeocodes(createGeocoder(g), PHRASES.map(queryFromPhrase), 1000);
console.log(`geocodes: ${geocodes.perSecondWall}/s wall, ${geocodes.perSecondCpu}/s cpu (${geocodes.operations})`);
