import { spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/zhterm.mjs', import.meta.url).pathname;
const EXCERPT = new URL('../fixtures/extract/press-excerpt.txt', import.meta.url).pathname;

describe('bin/zhterm.mjs', () => {
  it.runIf(existsSync('/dev/full'))('reports a full standard output in one line, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const run = spawnSync(process.execPath, [BIN, 'extract', EXCERPT, '-q'], { stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      expect([run.status, run.stderr]).toEqual([2, 'zhterm: standard output: cannot write: disk full\n']);
    } finally {
      closeSync(full);
    }
  });
});
