import type { Command } from 'commander';

// TODO: `zhterm build` (stub created with the foundation; the owning issue replaces it).
export function registerBuild(program: Command): void {
  program.command('build').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm build: not implemented yet\n');
    process.exitCode = 2;
  });
}
