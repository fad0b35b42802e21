// The command line: parses options, dispatches to one file per command, turns errors into exit codes.
// Commands set process.exitCode themselves when they have findings (exit 1).
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { EXIT, ZhtermError } from '../errors.ts';
import { registerExtract } from './extract.ts';
import { registerCount } from './count.ts';
import { registerEnrich } from './enrich.ts';
import { registerGlossary } from './glossary.ts';
import { registerBuild } from './build.ts';
import { registerCheck } from './check.ts';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
export const VERSION = pkg.version;

export function buildProgram(): Command {
  const program = new Command('zhterm')
    .description('Chinese→English terminology: extract set phrases, enrich, merge a glossary, export termbases, check translations.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)');
  for (const register of [registerBuild, registerExtract, registerCount, registerEnrich, registerGlossary, registerCheck]) {
    register(program);
  }
  return program;
}

/** Runs the CLI and returns the exit code (0 clean, 1 findings, 2 bad input or usage). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  // Commands copy the exit override only when created after it, so set it on every (sub)command: a usage error
  // in `zhterm check --format bad` or `zhterm glossary export --format bad` must exit 2, not process.exit(1).
  const overrideExits = (command: Command): void => {
    command.exitOverride();
    command.commands.forEach(overrideExits);
  };
  overrideExits(program);
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end through here with code 0; usage mistakes were already printed.
      return err.exitCode === 0 ? EXIT.ok : EXIT.badInput;
    }
    if (err instanceof ZhtermError) {
      process.stderr.write(`zhterm: ${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(`zhterm: internal error: ${(err as Error)?.stack ?? String(err)}\n`);
    return EXIT.internal;
  }
}
