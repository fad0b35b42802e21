import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';

describe('zhterm CLI', () => {
  it('exits 0 on --version', async () => {
    expect(await main(['node', 'zhterm', '--version'])).toBe(0);
  });

  it('exits 2 on an unknown command', async () => {
    expect(await main(['node', 'zhterm', 'frobnicate'])).toBe(2);
  });
});
