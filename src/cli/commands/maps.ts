import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { advanceRate, checkClaims, distanceToFront } from '../../analysis/index.ts';
import { changesBetween, controlGeoJSON, controlSeries, positionsAt } from '../../control/index.ts';
import { UsageError } from '../errors.ts';
import { actorSideIn } from '../theater.ts';
import { locatePlace as locate } from '../geocoder.ts';
import type { Situation } from '../../pipeline/situation.ts';
import { addEvidenceOptions, situationFrom, type EvidenceFlags } from '../evidence.ts';
import { renderTable } from '../format/table.ts';
import { parseChoice, parseDay, parsePositiveInt, parseSide } from '../options.ts';

const round = (n: number | null, digits = 0): string => (n === null ? 'n/a' : n.toLocaleString('en', { maximumFractionDigits: digits }));
const out = (s: string): boolean => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const note = (s: string): boolean => process.stderr.write(`[frontwatch] ${s}\n`);
/** An empty map is a right answer for a date before all the evidence, but rarely the one meant: say so. */
function noteIfBeforeEvidence(situation: Situation, date: string): void {
  const { first } = situation.dateRange();
  if (first === null) note('no evidence at all: every cell is unknown');
  else if (date < first) note(`no evidence is in force on ${date}: the earliest is dated ${first}`);
}


export function registerMaps(program: Command): void {
  addEvidenceOptions(
    program
      .command('control')
      .description('Area control for a date (per-side polygons with km², front lines), or a dated series with --from/--to/--every')
      .option('--date <day>', 'the date (YYYY-MM-DD)')
      .option('--from <day>', 'series start')
      .option('--to <day>', 'series end')
      .option('--every <step>', 'series step, e.g. 1d or 7d', '1d')
      .option('--out <dir>', 'series: write one GeoJSON per date here')
      .option('-f, --format <format>', 'geojson or json (areas per side as a table-like JSON)', 'geojson'),
  )
    .addHelpText('after', `
Examples:
  frontwatch control --date 2017-07-15 > control.geojson
  frontwatch control --baseline front.csv --date 2017-07-15 --format json
  frontwatch control --from 2017-06-01 --to 2017-09-30 --every 7d --out series/`)
    .action((o: EvidenceFlags & { date?: string; from?: string; to?: string; every: string; out?: string; format: string }) => {
      const format = parseChoice(o.format, ['geojson', 'json'] as const, '--format');
      const { situation, describe } = situationFrom(o);
      note(describe);
      if (o.from || o.to) {
        if (!o.from || !o.to || !o.out) throw new UsageError('a series needs --from, --to and --out');
        const step = /^(\d+)d$/.exec(o.every);
        if (!step) throw new UsageError(`--every ${JSON.stringify(o.every)}: use a number of days such as 1d or 7d`);
        mkdirSync(o.out, { recursive: true });
        let n = 0;
        for (const grid of controlSeries(situation.observations, parseDay(o.from, '--from'), parseDay(o.to, '--to'), Number(step[1]), { ...situation.controlOptions(), areas: situation.areas })) {
          writeFileSync(join(o.out, `control-${grid.date}.geojson`), JSON.stringify(controlGeoJSON(grid)));
          n++;
        }
        out(`${n} dated control maps written to ${o.out}`);
        return;
      }
      if (!o.date) throw new UsageError('give --date YYYY-MM-DD (or --from/--to/--out for a series)');
      noteIfBeforeEvidence(situation, o.date);
      const fc = situation.control(parseDay(o.date, '--date'));
      if (format === 'geojson') return void out(JSON.stringify(fc));
      const areas = fc.features.filter((f) => f.properties?.kind === 'area').map((f) => ({ side: f.properties?.side, area_km2: Math.round(f.properties?.area_km2), filled_km2: Math.round(f.properties?.filled_km2 ?? 0), places: (f.properties?.places ?? []).length }));
      out(JSON.stringify({ date: o.date, areas, fronts: fc.features.filter((f) => f.properties?.kind === 'front').length }, null, 1));
    });

  addEvidenceOptions(
    program.command('changes').description('Area gained and lost per side, and places that changed hands, between two dates')
      .requiredOption('--from <day>', 'start date').requiredOption('--to <day>', 'end date').option('--json', 'JSON'),
  )
    .addHelpText('after', `
Example:
  frontwatch changes --from 2017-06-01 --to 2017-09-30`)
    .action((o: EvidenceFlags & { from: string; to: string; json?: boolean }) => {
      const { situation, describe } = situationFrom(o);
      note(describe);
      const c = changesBetween(situation.observations, parseDay(o.from, '--from'), parseDay(o.to, '--to'), { ...situation.controlOptions(), areas: situation.areas });
      if (o.json) return void out(JSON.stringify(c));
      out(renderTable(['side', 'gained km²', 'lost km²'], Object.entries(c.bySide).filter(([, v]) => v.gainedKm2 || v.lostKm2).map(([s, v]) => [s, round(v.gainedKm2), round(v.lostKm2)])));
      out('');
      out(renderTable(['place', 'from', 'to', 'date'], c.changedPlaces.map((p) => [p.name, p.fromSide, p.toSide, p.date])));
    });

  addEvidenceOptions(
    program.command('pockets').description('Regions of one side wholly enclosed by hostile sides').requiredOption('--date <day>', 'the date').option('--json', 'JSON'),
  )
    .addHelpText('after', `
Area is given two ways: "held" is the besieged side's painted area on the map (what published pocket
sizes usually mean); "ring" is the area inside the ring of the encircling sides' positions.
"formed" is the first date of the evidence from which the pocket exists without a break; when that
is the first date of all the evidence, it is printed "DATE or earlier": nothing says when it closed.
Example:
  frontwatch pockets --baseline front-2017-07.csv --date 2017-07-15`)
    .action((o: EvidenceFlags & { date: string; json?: boolean }) => {
      const { situation, describe } = situationFrom(o);
      note(describe);
      const pockets = situation.pockets(parseDay(o.date, '--date'));
      noteIfBeforeEvidence(situation, o.date);
      if (o.json) return void out(JSON.stringify(pockets.map(({ cells: _c, ...p }) => p)));
      if (!pockets.length) return void out(`no pocket on ${o.date}`);
      const first = situation.dateRange().first;
      const formed = (d: string | null): string => (d === null ? '' : d === first ? `${d} or earlier` : d);
      out(renderTable(['side', 'held km²', 'ring km²', 'surrounded by', 'formed', 'places inside'],
        pockets.map((p) => [p.side, round(p.area_km2), round(p.ring_area_km2), p.surrounding_sides.join(', '), formed(p.formed), p.places.map((x) => x.name).join(', ')]), 70));
    });

  addEvidenceOptions(
    program.command('encirclements').description('Near-encirclements: the gap that would close a pocket, and what it would enclose')
      .requiredOption('--date <day>', 'the date').option('--side <side>', 'the side that would be enclosed').option('--top <k>', 'at most this many', '5').option('--json', 'JSON'),
  )
    .addHelpText('after', `
Gaps and enclosed areas are measured the way analysts measure them: between the positions the
encircling side holds and inside the line they form ("positions"), not between painted areas
("painted" is given too, labelled). Numeric claims of stored reports are checked beside them.
Example:
  frontwatch encirclements --baseline front-2017-07.csv --date 2017-07-15 --side isis`)
    .action((o: EvidenceFlags & { date: string; side?: string; top: string; json?: boolean }) => {
      const date = parseDay(o.date, '--date');
      const { situation, store, describe } = situationFrom(o);
      note(describe);
      noteIfBeforeEvidence(situation, date);
      const found = situation.encirclements(date, { side: o.side ? parseSide(o.side) : undefined, top: parsePositiveInt(o.top, '--top') });
      if (o.json) return void out(JSON.stringify(found));
      if (!found.length) out(`no near-encirclement on ${date}`);
      else {
        out(renderTable(['side', 'gap km', 'from', 'to', 'enclosed km² (positions)', 'painted km²', 'places inside'],
          found.map((e) => [e.side, round(e.gap_km, 1), `${e.ends[0].name} (${e.ends[0].lat.toFixed(3)}, ${e.ends[0].lon.toFixed(3)})`, `${e.ends[1].name} (${e.ends[1].lat.toFixed(3)}, ${e.ends[1].lon.toFixed(3)})`, round(e.enclosed_area_km2), round(e.enclosed_painted_km2), e.places.slice(0, 6).map((p) => p.name).join(', ')]), 60));
      }
      const claims = (store?.claims() ?? []).filter((c) => c.kind !== 'count');
      if (claims.length) {
        const checks = checkClaims(claims.map((c) => ({ ...c, date: c.date ?? date })), { gridAt: (d) => situation.gridAt(d), locate, sideIn: actorSideIn, isHostile: situation.isHostile });
        out('\nWhat stored reports claim, against the map of the claim\'s date:');
        out(renderTable(['report', 'claim', 'map says', 'verdict', 'how'], checks.map((c) => [c.claim.report_id, `${c.claim.qualifier.replace('_', ' ')} ${round(c.claim.value)} ${c.claim.unit}`, round(c.computed), c.verdict, c.why]), 70));
      }
    });

  addEvidenceOptions(
    program.command('distance').description("Distance from a place to a side's nearest position (and to its painted area)")
      .argument('<place>', 'place name').requiredOption('--to-front <side>', 'the side').requiredOption('--date <day>', 'the date'),
  )
    .addHelpText('after', `
Example:
  frontwatch distance "al-Sukhnah" --to-front government --date 2017-07-15`)
    .action((place: string, o: EvidenceFlags & { toFront: string; date: string }) => {
      const at = locate(place);
      if (!at) throw new UsageError(`no place matches ${JSON.stringify(place)}: try frontwatch places search`);
      const { situation } = situationFrom(o);
      const d = distanceToFront(situation.gridAt(parseDay(o.date, '--date')), at, parseSide(o.toFront, '--to-front'));
      out(`${place}: ${round(d.km, 1)} km to the nearest ${o.toFront} position (${d.nearest.name}); ${round(d.painted_km, 1)} km to its painted area`);
    });

  addEvidenceOptions(
    program.command('rate').description('Advance rate of a side between two dates (km/day), optionally along a bearing')
      .requiredOption('--side <side>', 'the side').requiredOption('--from <day>', 'start').requiredOption('--to <day>', 'end').option('--bearing <deg>', 'direction, degrees from north'),
  )
    .action((o: EvidenceFlags & { side: string; from: string; to: string; bearing?: string }) => {
      const { situation } = situationFrom(o);
      const from = parseDay(o.from, '--from');
      const to = parseDay(o.to, '--to');
      const r = advanceRate({ date: from, positions: positionsAt(situation.observations, from) }, { date: to, positions: positionsAt(situation.observations, to) }, parseSide(o.side), o.bearing ? { bearing: Number(o.bearing) } : {});
      out(JSON.stringify(r, null, 1));
    });
}
