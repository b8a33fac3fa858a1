import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { importGeoNames, loadUserPlaces, provinceAt, searchPlaces } from '../../geo/index.ts';
import type { Place } from '../../model/index.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { renderTable } from '../format/table.ts';
import { DEFAULT_PLACES_FILE, gazetteerWith, userPlaceFiles } from '../geocoder.ts';
import { DEFAULT_DB, parsePositiveInt } from '../options.ts';

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export function registerPlaces(program: Command): void {
  const places = program.command('places').description('Look up the gazetteer and the place names nobody could resolve');
  places
    .command('search')
    .description('Candidates for a name, with scores and why they matched')
    .argument('<name>', 'a place name in any transliteration or in Arabic script')
    .option('--kind <kind>', 'prefer a kind: populated, field, town, village, oil_field, gas_field, hill, base, …')
    .option('--province <name>', 'prefer places in this province')
    .option('--limit <n>', 'at most this many', '10')
    .option('--places <file>', 'extra places file (repeatable)', collect)
    .option('--json', 'JSON Lines')
    .addHelpText('after', `
Examples:
  frontwatch places search "Aqayrabat"
  frontwatch places search "al-Hail" --kind field
  frontwatch places search "السخنة"`)
    .action((name: string, o: { kind?: string; province?: string; limit: string; places?: string[]; json?: boolean }) => {
      const g = gazetteerWith(userPlaceFiles(o.places));
      const found = searchPlaces(g, name, { kind: o.kind, province: o.province, limit: parsePositiveInt(o.limit, '--limit') });
      if (o.json) {
        for (const c of found) process.stdout.write(JSON.stringify(c) + '\n');
        return;
      }
      if (!found.length) {
        process.stdout.write(`no place matches ${JSON.stringify(name)} among ${g.size} places; add it to ${DEFAULT_PLACES_FILE} (see README)\n`);
        return;
      }
      process.stdout.write(
        renderTable(
          ['score', 'name', 'kind', 'province', 'lat', 'lon', 'id', 'why'],
          found.map((c) => [c.score.toFixed(2), c.place.name, c.place.kind, c.place.admin1 ?? '', c.place.lat.toFixed(4), c.place.lon.toFixed(4), c.place.id, c.why]),
          40,
        ) + '\n',
      );
    });
  places
    .command('unresolved')
    .description('Place names from stored reports that the gazetteer could not resolve, most mentioned first')
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .addHelpText('after', `
Add the ones that matter to ${DEFAULT_PLACES_FILE} (JSON array of {name, alt_names, kind, lat, lon, admin1}),
then re-run extraction. Example:
  frontwatch places unresolved --db war.db`)
    .action((o: { db: string }) => {
      const store = openSqliteStore(o.db, { readonly: true });
      try {
        const rows = store.unresolvedPlaces();
        process.stdout.write(renderTable(['name', 'mentions', 'reports'], rows.map((r) => [r.name, String(r.mentions), r.reportIds.join(', ')]), 60) + '\n');
      } finally {
        store.close();
      }
    });

  program
    .command('gazetteer')
    .description('Manage the user places file')
    .command('import')
    .description(`Import a GeoNames country dump (tab-separated "geoname" rows) into ${DEFAULT_PLACES_FILE}`)
    .argument('<file>', 'GeoNames dump, e.g. SY.txt or cities500.txt; or a CSV/JSON of your own additions')
    .option('--alt <file>', 'GeoNames alternateNamesV2.txt for the same places')
    .option('--out <file>', 'places file to add to', DEFAULT_PLACES_FILE)
    .addHelpText('after', `
Examples:
  frontwatch gazetteer import IQ.txt --alt alternateNamesV2.txt
  frontwatch gazetteer import my-places.csv        # header: name,alt_names,kind,lat,lon,admin1`)
    .action((file: string, o: { alt?: string; out: string }) => {
      const isOwnFormat = /\.(csv|json)$/i.test(file);
      const imported: Place[] = isOwnFormat ? loadUserPlaces(file) : importGeoNames(file, o.alt);
      const existing: Place[] = existsSync(o.out) ? loadUserPlaces(o.out) : [];
      const byId = new Map(existing.map((p) => [p.id, p]));
      for (const p of imported) byId.set(p.id, { ...p, admin1: p.admin1 ?? provinceAt(p.lat, p.lon) });
      const rows = [...byId.values()].map((p) => ({ id: p.id, name: p.name, alt_names: p.altNames, kind: p.kind, lat: p.lat, lon: p.lon, admin1: p.admin1, population: p.population }));
      writeFileSync(o.out, JSON.stringify(rows, null, 1) + '\n');
      process.stdout.write(`${imported.length} place(s) read from ${file}; ${o.out} now holds ${rows.length}\n`);
    });
}

