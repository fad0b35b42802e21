import type { Command } from 'commander';

// TODO: `zhterm glossary` (stub created with the foundation; the owning issue replaces it).
export function registerGlossary(program: Command): void {
  program.command('glossary').description('(not yet implemented)').action(() => {
    process.stderr.write('zhterm glossary: not implemented yet\n');
    process.exitCode = 2;
  });
}
