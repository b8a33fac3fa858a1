import type { Command } from 'commander';
import { openSqliteStore } from '../../store/sqlite.ts';
import { renderTable } from '../format/table.ts';
import { DEFAULT_DB } from '../options.ts';

export function registerReports(program: Command): void {
  program
    .command('reports')
    .description('List stored reports with their outlet, date and event count')
    .option('--db <path>', 'SQLite store', DEFAULT_DB)
    .option('--json', 'JSON Lines instead of a table (without the report text)')
    .addHelpText('after', `
Example:
  frontwatch reports --db war.db`)
    .action((o: { db: string; json?: boolean }) => {
      const store = openSqliteStore(o.db, { readonly: true });
      try {
        const reports = store.listReports();
        if (o.json) {
          for (const { text: _text, ...r } of reports) process.stdout.write(JSON.stringify(r) + '\n');
          return;
        }
        process.stdout.write(
          renderTable(
            ['id', 'source', 'published', 'events', 'title', 'warnings'],
            reports.map((r) => [r.id, r.source ?? '', r.published ?? 'unknown', String(r.event_count), r.title ?? '', r.warnings.join('; ')]),
          ) + '\n',
        );
      } finally {
        store.close();
      }
    });
}
