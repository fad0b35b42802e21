#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

// `zhterm extract … | head`: the reader closing the pipe early is normal, not an error.
// Any other failure to write standard output (a full disk) is bad output, one line and exit 2.
process.stdout.on('error', (err) => {
  if (err.code === 'EPIPE') process.exit(0);
  process.stderr.write(`zhterm: standard output: cannot write: ${err.code === 'ENOSPC' ? 'disk full' : err.message}\n`);
  process.exit(2);
});

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
