import type { Command } from 'commander';

// TODO: `zhterm enrich` (stub created with the foundation; the owning issue replaces it).
export function registerEnrich(program: Command): void {
  program.command('enrich').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm enrich: not implemented yet\n');
    process.exitCode = 2;
  });
}
