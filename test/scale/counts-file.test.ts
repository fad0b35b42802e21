import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { countInThread, extractFromCountsFiles, extractPaths } from '../../src/extract/parallel.ts';
import { encodeCountsFile, mergeCountsFiles, readCountsFile, readCountsHeader } from '../../src/extract/counts-file.ts';
import { rankCandidates } from '../../src/extract/rank.ts';
import { ZhtermError } from '../../src/errors.ts';

const DATA = 'data/wangyi-2021-press-conference.zh.txt';

/** The bundled transcript split into two shards (first and second half of its lines). */
function shards(): { dir: string; a: string; b: string } {
  const lines = readFileSync(DATA, 'utf8').split('\n');
  const dir = mkdtempSync(join(tmpdir(), 'zhterm-counts-'));
  const half = Math.floor(lines.length / 2);
  writeFileSync(join(dir, 'a.txt'), lines.slice(0, half).join('\n'));
  writeFileSync(join(dir, 'b.txt'), lines.slice(half).join('\n'));
  return { dir, a: join(dir, 'a.txt'), b: join(dir, 'b.txt') };
}

const ranked = (c: Parameters<typeof rankCandidates>[0]): string[] =>
  rankCandidates(c, { top: 50 }).map((x) => `${x.term} ${x.freq} ${x.docFreq} ${x.score.toFixed(9)}`);

describe('counts files', () => {
  it('round-trips counts, with a readable header', async () => {
    const { dir, a } = shards();
    const counts = await countInThread([a]);
    const path = join(dir, 'a.zhc');
    writeFileSync(path, encodeCountsFile(counts, { inputs: [{ path: a, bytes: 1 }] }));
    expect(readCountsHeader(path)).toMatchObject({ inputs: [{ path: a, bytes: 1 }], documents: 1, sentences: counts.sentences, ngrams: counts.table.size, pruneFloor: 1 });
    expect(ranked(readCountsFile(path))).toEqual(ranked(counts));
  });

  it('zhterm count on two shards, merged, ranks exactly like one run over both', async () => {
    const { dir, a, b } = shards();
    expect(await main(['node', 'zhterm', 'count', a, '-o', join(dir, 'a.zhc'), '-q', '-j', '1'])).toBe(0);
    expect(await main(['node', 'zhterm', 'count', b, '-o', join(dir, 'b.zhc'), '-q', '-j', '1'])).toBe(0);
    const merged = mergeCountsFiles([join(dir, 'a.zhc'), join(dir, 'b.zhc')]);
    const whole = await countInThread([a, b]);
    expect(merged.documents).toBe(2);
    expect(ranked(merged)).toEqual(ranked(whole));
    expect(ranked(whole)).toHaveLength(50);
  });

  it('extractFromCountsFiles gives the candidates, contexts and forms of one run over both shards', async () => {
    const { dir, a, b } = shards();
    expect(await main(['node', 'zhterm', 'count', a, '-o', join(dir, 'a.zhc'), '-q', '-j', '1'])).toBe(0);
    expect(await main(['node', 'zhterm', 'count', b, '-o', join(dir, 'b.zhc'), '-q', '-j', '1'])).toBe(0);
    const options = { top: 40, workers: 1 };
    const merged = await extractFromCountsFiles([join(dir, 'a.zhc'), join(dir, 'b.zhc')], [a, b], options);
    const whole = await extractPaths([a, b], options);
    expect(merged.candidates).toEqual(whole.candidates);
    expect(merged.candidates[0].contexts.length).toBeGreaterThan(0);
    const bare = await extractFromCountsFiles([join(dir, 'a.zhc'), join(dir, 'b.zhc')], [], options);
    expect(bare.candidates.map((c) => c.term)).toEqual(whole.candidates.map((c) => c.term));
    expect(bare.candidates[0].contexts).toEqual([]);
  });

  it('names the file when it is not a counts file, damaged, or made with other limits', async () => {
    const { dir, a } = shards();
    const fail = (paths: string[]): string => {
      try {
        mergeCountsFiles(paths);
      } catch (err) {
        if (err instanceof ZhtermError) return err.message;
        throw err;
      }
      return 'no error';
    };
    expect(fail([a])).toBe(`${a}: not a zhterm counts file (write one with zhterm count -o FILE)`);
    const good = encodeCountsFile(await countInThread([a]));
    writeFileSync(join(dir, 'cut.zhc'), good.subarray(0, good.length - 20));
    expect(fail([join(dir, 'cut.zhc')])).toBe(`${join(dir, 'cut.zhc')}: damaged counts file (truncated or corrupt data)`);
    writeFileSync(join(dir, 'a.zhc'), good);
    writeFileSync(join(dir, 'short.zhc'), encodeCountsFile(await countInThread([a], { maxChars: 8 })));
    expect(fail([join(dir, 'a.zhc'), join(dir, 'short.zhc')])).toBe(
      `${join(dir, 'short.zhc')}: cannot merge counts made with different limits: n-grams of up to 8 words and 8 characters here, 8 and 16 before (count every shard with the same --max-len)`,
    );
    expect(fail([join(dir, 'missing.zhc')])).toBe(`${join(dir, 'missing.zhc')}: no such file`);
  });

  it('zhterm count needs -o', async () => {
    const { a } = shards();
    expect(await main(['node', 'zhterm', 'count', a])).toBe(2);
  });
});
