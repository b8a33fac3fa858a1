import type { Command } from 'commander';
import { openSqliteStore } from '../../store/sqlite.ts';
import { renderTable } from '../format/table.ts';
import { DEFAULT_DB } from '../options.ts';

export function registerClaims(program: Command): void {
  program
    .command('claims')
    .description('List the numeric claims (distances, areas, counts) that stored reports make')
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .option('--report <id>', 'one report')
    .option('--json', 'JSON Lines instead of a table')
    .addHelpText('after', `
Example:
  frontwatch claims --report seed-report`)
    .action((o: { db: string; report?: string; json?: boolean }) => {
      const store = openSqliteStore(o.db, { readonly: true });
      try {
        const claims = store.claims(o.report);
        if (o.json) {
          for (const c of claims) process.stdout.write(JSON.stringify(c) + '\n');
          return;
        }
        process.stdout.write(
          renderTable(
            ['report', 'kind', 'qualifier', 'value', 'unit', 'about', 'date'],
            claims.map((c) => [c.report_id, c.kind, c.qualifier, String(c.value), c.unit, c.about, c.date ?? '']),
          ) + '\n',
        );
      } finally {
        store.close();
      }
    });
}
