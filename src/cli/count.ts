import type { Command } from 'commander';

// TODO: `zhterm count` (stub created with the foundation; the owning issue replaces it).
export function registerCount(program: Command): void {
  program.command('count').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm count: not implemented yet\n');
    process.exitCode = 2;
  });
}
