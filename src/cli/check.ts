import type { Command } from 'commander';

// TODO: `zhterm check` (stub created with the foundation; the owning issue replaces it).
export function registerCheck(program: Command): void {
  program.command('check').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm check: not implemented yet\n');
    process.exitCode = 2;
  });
}
