import { Command, CommanderError } from 'commander';
import { registerClaims } from './commands/claims.ts';
import { registerEval } from './commands/eval.ts';
import { registerEvents } from './commands/events.ts';
import { registerExtract } from './commands/extract.ts';
import { registerIngest } from './commands/ingest.ts';
import { registerMaps } from './commands/maps.ts';
import { registerPlaces } from './commands/places.ts';
import { registerReports } from './commands/reports.ts';
import { registerServe } from './commands/serve.ts';
import { UsageError } from './errors.ts';

/** The command tree; each command module only parses flags, calls the library and formats output. */
export function buildProgram(): Command {
  const program = new Command('frontwatch')
    .description('Field reports in; a sourced, dated picture of the war out: events, control maps, pockets, claim checks.')
    .showHelpAfterError('(add --help for usage and examples)')
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerEvents(program);
  registerReports(program);
  registerClaims(program);
  registerMaps(program);
  registerPlaces(program);
  registerEval(program);
  registerServe(program);
  return program;
}

/**
 * Runs the CLI and handles every error in one place: usage mistakes exit 2, partial failures and
 * other errors exit 1, with one readable line and no stack trace (set FRONTWATCH_DEBUG=1 for it).
 */
export async function runMain(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.FRONTWATCH_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    process.exitCode = UsageError.is(e) ? 2 : 1;
  }
}
