/**
 * Place accuracy of the geocoder on a gold corpus: each gold event's `place` phrase (and, apart,
 * its `place_norm`) is geocoded and compared with CORPUS_DIR/places.json.
 * Usage: node --import tsx scripts/eval-geo.ts [--corpus ../shared/corpus/dev] [--verbose]
 * Parenthesised annotator notes in gold phrases are dropped; other places of the same report
 * (resolved exactly in a first pass) are passed as `nearby`, as extraction does.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { haversineKm, loadSyriaGeocoder, queryFromPhrase } from '../src/geo/index.ts';
import type { Place, PlaceQuery } from '../src/model/place.ts';

const { values: args } = parseArgs({ options: { corpus: { type: 'string', default: '../shared/corpus/dev' }, verbose: { type: 'boolean', default: false } } });
const dir = resolve(args.corpus ?? '../shared/corpus/dev');
const gold = JSON.parse(readFileSync(join(dir, 'places.json'), 'utf8')) as Record<string, [number, number]>;
const geocoder = loadSyriaGeocoder();

interface GoldEvent { place?: string | null; place_norm?: string | null }
const reports = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort()
  .map((f) => (JSON.parse(readFileSync(join(dir, 'gold', f), 'utf8')) as { events: GoldEvent[] }).events);

function query(phrase: string, nearby: PlaceQuery['nearby']): PlaceQuery {
  const q = queryFromPhrase(phrase.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  return nearby && nearby.length > 0 ? { ...q, nearby } : q;
}

function isProminent(p: Place | null): boolean {
  return !!p && (p.kind === 'city' || p.kind === 'town' || p.source === 'theater-pack');
}

function score(label: string, field: 'place' | 'place_norm'): void {
  const errors: number[] = [];
  const misses: string[] = [];
  let unresolved = 0;
  for (const events of reports) {
    const scored = events.filter((e) => e[field] && e.place_norm && gold[e.place_norm]);
    // Two passes: prominent places (cities, towns, pack features) resolved exactly in the first are
    // the `nearby` of the second; an ambiguous village would drag its neighbours along with it.
    // Other places of the report only: a phrase is no evidence for itself.
    const anchors = scored.map((e) => ({ phrase: e[field], r: geocoder.geocode(query(e[field] ?? '', undefined)) }));
    const nearbyFor = (phrase: string): PlaceQuery['nearby'] =>
      anchors.flatMap(({ phrase: p, r }) => (p !== phrase && r?.precision === 'exact' && isProminent(r.place) && r.lat !== null && r.lon !== null ? [{ lat: r.lat, lon: r.lon }] : []));
    for (const e of scored) {
      const phrase = e[field] ?? '';
      const [lat, lon] = gold[e.place_norm ?? ''] ?? [0, 0];
      const r = geocoder.geocode(query(phrase, nearbyFor(phrase)));
      if (!r || r.lat === null || r.lon === null) {
        unresolved++;
        misses.push(`  unresolved  ${phrase}  → ${e.place_norm}`);
        continue;
      }
      const d = haversineKm(r.lat, r.lon, lat, lon);
      errors.push(d);
      if (d > 5) misses.push(`  ${d.toFixed(1).padStart(7)} km  ${phrase} → ${r.place?.name ?? '(point)'} [${r.precision}] want ${e.place_norm}  (${r.why})`);
    }
  }
  const n = errors.length + unresolved;
  const within = errors.filter((d) => d <= 5).length;
  const sorted = [...errors].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(`${label}: ${within}/${n} within 5 km (${((100 * within) / n).toFixed(1)}%), median error ${median.toFixed(2)} km, unresolved ${unresolved}`);
  if (args.verbose) console.log([...new Set(misses)].join('\n'));
}

score('gold place phrases', 'place');
score('gold place_norm names', 'place_norm');
