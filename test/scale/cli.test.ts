import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

/** The bundled transcript as a small news-style corpus: two files, `=== ` sections of 10 lines. */
function corpus(): { dir: string; a: string; b: string } {
  const lines = readFileSync('data/wangyi-2021-press-conference.zh.txt', 'utf8').split('\n');
  const sectioned = (part: string[]): string => part.map((line, i) => (i % 10 === 0 ? `=== 20210307 #${i / 10 + 1}\n${line}` : line)).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'zhterm-scale-cli-'));
  const half = Math.floor(lines.length / 2);
  writeFileSync(join(dir, 'a.txt'), sectioned(lines.slice(0, half)));
  writeFileSync(join(dir, 'b.txt'), sectioned(lines.slice(half)));
  return { dir, a: join(dir, 'a.txt'), b: join(dir, 'b.txt') };
}

describe('zhterm count / extract --counts / extract -j', () => {
  beforeEach(() => void vi.spyOn(process.stderr, 'write').mockImplementation(() => true));
  afterEach(() => vi.restoreAllMocks());

  it('merging shards counted apart gives the JSON of one extraction over everything', async () => {
    const { dir, a, b } = corpus();
    const run = async (...args: string[]): Promise<string> => {
      const out = join(dir, `out-${Math.random()}.json`);
      expect(await main(['node', 'zhterm', ...args, '--top', '50', '--format', 'json', '-o', out])).toBe(0);
      return readFileSync(out, 'utf8');
    };
    expect(await main(['node', 'zhterm', 'count', a, '-o', join(dir, 'a.zhc'), '-q'])).toBe(0);
    expect(await main(['node', 'zhterm', 'count', b, '-o', join(dir, 'b.zhc'), '-q'])).toBe(0);
    const whole = await run('extract', a, b, '-q');
    expect(JSON.parse(whole)).toHaveLength(50);
    expect(await run('extract', a, b, '--counts', join(dir, 'a.zhc'), join(dir, 'b.zhc'), '-q')).toBe(whole);
    expect(await run('extract', a, b, '-j', '2', '-q')).toBe(whole);
    const bare = JSON.parse(await run('extract', '--counts', join(dir, 'a.zhc'), join(dir, 'b.zhc'), '-q')) as { term: string; contexts: unknown[] }[];
    expect(bare.map((c) => c.term)).toEqual((JSON.parse(whole) as { term: string }[]).map((c) => c.term));
    expect(bare[0].contexts).toEqual([]);
  });

  it('--contexts-for N: the TSV gives contexts, first location and forms for the best N only', async () => {
    const { dir, a, b } = corpus();
    const out = join(dir, 'few.tsv');
    expect(await main(['node', 'zhterm', 'extract', a, b, '--top', '12', '--contexts-for', '10', '-f', 'tsv', '-o', out, '-q'])).toBe(0);
    const rows = readFileSync(out, 'utf8').replace(/\n$/, '').split('\n').slice(1).map((r) => r.split('\t'));
    expect(rows).toHaveLength(12);
    expect(rows.slice(0, 10).every(([, , , , , first, contexts]) => first.startsWith(dir) && contexts.includes('【'))).toBe(true);
    expect(rows.slice(10).map(([term, , , , forms, first, contexts]) => [forms, first, contexts])).toEqual(rows.slice(10).map(([term]) => [term, '', '']));
  });

  it('a file given to --counts that is not a counts file is an input error', async () => {
    const { a } = corpus();
    expect(await main(['node', 'zhterm', 'extract', '--counts', a, '-q'])).toBe(2);
  });
});
