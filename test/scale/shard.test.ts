import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRangeBatches, readSentences, type FileRange } from '../../src/corpus/index.ts';
import { chooseCuts, findHeaders, planShares, planUnits } from '../../src/extract/shard.ts';
import type { Sentence } from '../../src/types.ts';

const PRESS = 'test/fixtures/corpus/press.zh.txt';

/** The bundled press conference cut into `=== ` sections of 10 lines: a small news-style corpus. */
function sectioned(): { path: string; size: number } {
  const lines = readFileSync('data/wangyi-2021-press-conference.zh.txt', 'utf8').split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i % 10 === 0) out.push(`=== 20210307 #${i / 10 + 1} 答记者问`);
    out.push(line);
  });
  const path = join(mkdtempSync(join(tmpdir(), 'zhterm-shard-')), 'sections.txt');
  writeFileSync(path, out.join('\n'));
  return { path, size: Buffer.byteLength(out.join('\n')) };
}

async function readUnits(units: FileRange[]): Promise<Sentence[]> {
  const out: Sentence[] = [];
  for (const unit of units) for await (const batch of readRangeBatches(unit)) out.push(...batch);
  return out;
}

describe('findHeaders', () => {
  it('finds header lines after the first, with byte offsets and line numbers, whatever the scan size', async () => {
    const bytes = readFileSync(PRESS);
    const expected = [{ offset: bytes.indexOf('\n=== 2021-03-07 #2') + 1, line: 4 }];
    for (const scanBytes of [4 << 20, 64, 17]) expect(await findHeaders(PRESS, scanBytes)).toEqual(expected);
  });
});

describe('chooseCuts', () => {
  it('takes the first header at or after each target, once', () => {
    const headers = [10, 50, 90].map((offset, i) => ({ offset, line: i + 2 }));
    expect(chooseCuts(headers, [5, 20, 40, 95])).toEqual([headers[0], headers[1]]);
    expect(chooseCuts(headers, [0])).toEqual([headers[0]]);
  });
});

describe('planUnits', () => {
  it('cuts a large file at headers into ranges that read exactly like the whole file', async () => {
    const { path, size } = sectioned();
    const units = await planUnits([{ path, size }], 2, { minUnitBytes: 1, unitsPerShare: 3 });
    expect(units.length).toBeGreaterThan(3);
    expect(units[0].start).toBe(0);
    expect(units.at(-1)?.end).toBe(size);
    for (let i = 1; i < units.length; i++) expect(units[i].start).toBe(units[i - 1].end);
    const whole: Sentence[] = [];
    for await (const s of readSentences([path])) whole.push(s);
    expect(await readUnits(units)).toEqual(whole);
  });

  it('keeps small files and files without headers whole', async () => {
    const data = 'data/wangyi-2021-press-conference.zh.txt';
    const units = await planUnits([{ path: PRESS, size: 529 }, { path: data, size: 43731 }], 2, { minUnitBytes: 1 });
    expect(units).toEqual([{ path: PRESS }, { path: data, start: 0, end: 43731, firstLine: 1, encoding: 'utf-8' }]);
  });
});

describe('planShares', () => {
  const files = [
    { path: 'a.txt', size: 100 },
    { path: 'b.txt', size: 30 },
    { path: 'c.txt', size: 30 },
  ];
  const a = (start: number, end: number) => ({ path: 'a.txt', start, end });

  it('cuts the units into runs of consecutive units of about equal size, each unit going where its middle byte falls', () => {
    const units = [a(0, 40), a(40, 100), { path: 'b.txt' }, { path: 'c.txt' }];
    // 160 bytes; middle bytes at 20, 70, 115 and 145: the first two in the first half
    expect(planShares(units, files, 2)).toEqual([
      { units: [a(0, 40), a(40, 100)], bytes: 100 },
      { units: [{ path: 'b.txt' }, { path: 'c.txt' }], bytes: 60 },
    ]);
    expect(planShares(units, files, 3).map((share) => share.bytes)).toEqual([40, 60, 60]);
  });

  it('leaves out shares that would be empty: one unit is one share', () => {
    expect(planShares([{ path: 'a.txt' }], files, 2)).toEqual([{ units: [{ path: 'a.txt' }], bytes: 100 }]);
  });
});
