import type { Command } from 'commander';

// TODO: `zhterm extract` (stub created with the foundation; the owning issue replaces it).
export function registerExtract(program: Command): void {
  program.command('extract').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm extract: not implemented yet\n');
    process.exitCode = 2;
  });
}
