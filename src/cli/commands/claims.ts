import type { Command } from 'commander';
import { checkClaims } from '../../analysis/index.ts';
import { openSqliteStore } from '../../store/sqlite.ts';
import { actorSideIn } from '../theater.ts';
import { locatePlace as locate } from '../geocoder.ts';
import { addEvidenceOptions, situationFrom, type EvidenceFlags } from '../evidence.ts';
import { renderTable } from '../format/table.ts';
import { DEFAULT_DB } from '../options.ts';


export function registerClaims(program: Command): void {
  addEvidenceOptions(
    program
      .command('claims')
      .description('List the numeric claims (distances, areas, counts) that stored reports make; --check compares them with the map')
      .option('--report <id>', 'one report')
      .option('--check', "compute each distance and area from the map of the claim's date and give a verdict")
      .option('--json', 'JSON Lines instead of a table'),
  )
    .addHelpText('after', `
Verdicts: consistent (within 25% for distances, 30% for areas, respecting "more than" / "less than"),
inconsistent, or cannot_compute with the reason. Examples:
  frontwatch claims --report seed-report
  frontwatch claims --check`)
    .action((o: EvidenceFlags & { report?: string; check?: boolean; json?: boolean }) => {
      const dbPath = o.db ?? DEFAULT_DB;
      const store = openSqliteStore(dbPath, { readonly: true });
      try {
        const claims = store.claims(o.report);
        if (!o.check) {
          if (o.json) return void claims.forEach((c) => process.stdout.write(JSON.stringify(c) + '\n'));
          process.stdout.write(renderTable(['report', 'kind', 'qualifier', 'value', 'unit', 'about', 'date'], claims.map((c) => [c.report_id, c.kind, c.qualifier, String(c.value), c.unit, c.about, c.date ?? '']), 60) + '\n');
          return;
        }
        const { situation } = situationFrom({ ...o, db: dbPath });
        const undated = claims.filter((c) => !c.date).length;
        const checks = checkClaims(claims.filter((c) => c.date), { gridAt: (d) => situation.gridAt(d), locate, sideIn: actorSideIn, isHostile: situation.isHostile });
        if (o.json) return void checks.forEach((c) => process.stdout.write(JSON.stringify(c) + '\n'));
        process.stdout.write(
          renderTable(['report', 'date', 'claim', 'map says', 'verdict', 'how'],
            checks.map((c) => [c.claim.report_id, c.claim.date ?? '', `${c.claim.kind}: ${c.claim.qualifier.replace('_', ' ')} ${c.claim.value} ${c.claim.unit}`, c.computed === null ? 'n/a' : String(Math.round(c.computed)), c.verdict, c.why]), 70) + '\n',
        );
        if (undated) process.stderr.write(`[frontwatch] ${undated} claim(s) have no date (publication unknown): not checked\n`);
      } finally {
        store.close();
      }
    });
}
