import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countInThread, countPaths, extractPaths } from '../../src/extract/parallel.ts';
import { extractFromPaths } from '../../src/extract/index.ts';
import type { Counts } from '../../src/extract/counts.ts';
import { rankCandidates } from '../../src/extract/rank.ts';
import { COLUMNS } from '../../src/extract/ngram-table.ts';
import { ZhtermError } from '../../src/errors.ts';

/** Every n-gram with its counters, by words: independent of token ids and table order. */
function dump(c: Counts): string[] {
  const t = c.table;
  const rows: string[] = [];
  for (let e = 0; e < t.size; e++) rows.push(`${[...t.ids(e)].map((i) => c.vocab[i]).join(' ')}\t${COLUMNS.map((k) => t[k][e]).join(',')}`);
  return rows.sort();
}

/** The bundled press conference in `=== ` sections of 10 lines, written twice under two names. */
function corpus(): string[] {
  const lines = readFileSync('data/wangyi-2021-press-conference.zh.txt', 'utf8').split('\n');
  const text = lines.map((line, i) => (i % 10 === 0 ? `=== 20210307 #${i / 10 + 1}\n${line}` : line)).join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'zhterm-parallel-'));
  writeFileSync(join(dir, 'a.txt'), text);
  writeFileSync(join(dir, 'b.txt'), lines.slice(0, 40).join('\n'));
  return [join(dir, 'a.txt'), join(dir, 'b.txt'), 'test/fixtures/corpus/encodings/gb18030.txt'];
}

describe('countPaths on worker threads', () => {
  it('gives the same counts as one thread, with files cut at document headers', async () => {
    const paths = corpus();
    const one = await countInThread(paths);
    const two = await countPaths(paths, { workers: 2, minUnitBytes: 1, unitsPerShare: 3 });
    expect(two.documents).toBe(one.documents);
    expect(two.sentences).toBe(one.sentences);
    expect(two.tokens).toBe(one.tokens);
    expect(dump(two)).toEqual(dump(one));
    const terms = (c: Counts): string[] => rankCandidates(c, { top: 30 }).map((x) => `${x.term} ${x.freq} ${x.docFreq} ${x.score}`);
    expect(terms(two)).toEqual(terms(one));
    expect(terms(one).length).toBe(30);
  });

  it('gives the same counts on one thread and on 2 or 3 workers when the tables prune: the shares decide, not the threads', async () => {
    const paths = corpus();
    const options = { minUnitBytes: 1, unitsPerShare: 3, maxEntries: 20_000, shares: 3 };
    const one = await countPaths(paths, { ...options, workers: 1 });
    expect(one.pruneFloor).toBeGreaterThan(1);
    expect(dump(await countPaths(paths, { ...options, workers: 2 }))).toEqual(dump(one));
    expect(dump(await countPaths(paths, { ...options, workers: 3 }))).toEqual(dump(one));
    // the shares are part of what is counted: other shares, other rare n-grams pruned
    expect(dump(await countPaths(paths, { ...options, workers: 1, shares: 2 }))).not.toEqual(dump(one));
  });

  it('extracts the same list on one thread (extractFromPaths, extractPaths) as on 2 workers when the tables prune', async () => {
    const paths = corpus();
    const options = { top: 60, maxEntries: 20_000 };
    const two = await extractPaths(paths, { ...options, workers: 2 });
    expect(two.counts.pruneFloor).toBeGreaterThan(1);
    expect((await extractPaths(paths, { ...options, workers: 1 })).candidates).toEqual(two.candidates);
    expect(await extractFromPaths(paths, options)).toEqual(two.candidates);
  });

  it('extracts the same candidates, contexts, first locations and forms on 2 workers as on one thread', async () => {
    const paths = corpus();
    const one = await extractPaths(paths, { workers: 1, top: 60 });
    const two = await extractPaths(paths, { workers: 2, top: 60, minUnitBytes: 1 });
    expect(two.candidates).toEqual(one.candidates);
    expect(one.candidates.filter((c) => c.contexts.length > 0)).toHaveLength(60);
  });

  it('finds contexts for the best contextsFor candidates only, the same on 2 workers', async () => {
    const paths = corpus();
    const one = await extractPaths(paths, { workers: 1, top: 40, contextsFor: 25 });
    const two = await extractPaths(paths, { workers: 2, top: 40, contextsFor: 25, minUnitBytes: 1 });
    expect(two.candidates).toEqual(one.candidates);
    const [found, rest] = [one.candidates.slice(0, 25), one.candidates.slice(25)];
    expect(found.every((c) => c.contexts.length > 0 && c.first.line > 0)).toBe(true);
    expect(rest).toHaveLength(15);
    expect(rest.map((c) => [c.contexts, c.first, c.forms])).toEqual(rest.map((c) => [[], { file: '', line: 0 }, [c.term]]));
  });

  it('reports a bad file from a worker as a ZhtermError naming it', async () => {
    const [a] = corpus();
    const bad = 'test/fixtures/corpus/bad/invalid-utf8.txt';
    const err = await countPaths([a, bad], { workers: 2, minUnitBytes: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ZhtermError);
    expect((err as ZhtermError).message).toBe(`${bad}:3: invalid UTF-8 bytes (pass --encoding if the file is in another encoding)`);
  });
});
