import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { ZhtermError } from '../../src/errors.ts';
import { createProgress } from '../../src/io/progress.ts';
import { build, writeExports } from '../../src/pipeline.ts';
import { validateTbx } from './validate-tbx.ts';

// Relative paths, as a user types them: they are what the exports cite (never an absolute path).
const fixtures = relative(process.cwd(), new URL('../fixtures/export/', import.meta.url).pathname);
const corpus = join(fixtures, 'corpus');
const glossary = join(fixtures, 'glossary');
const scratch = mkdtempSync(join(tmpdir(), 'zhterm-build-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('build', async () => {
  const out = join(scratch, 'exports');
  const result = await build({ paths: [corpus], glossary, outDir: out, top: 20, date: '2026-03-07', version: '0.1.0' });
  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  it('writes one file per format and reports their sizes', () => {
    expect(result.files.map((f) => [f.format, relative(out, f.path)])).toEqual([
      ['xlsx', 'termbase.xlsx'],
      ['tbx', 'termbase.tbx'],
      ['csv', 'termbase.csv'],
      ['json', 'termbase.json'],
      ['anki', 'anki.txt'],
      ['pleco', 'pleco.txt'],
    ]);
    for (const f of result.files) expect(readFileSync(f.path).byteLength).toBe(f.bytes);
    expect(readdirSync(out).sort()).toEqual(['anki.txt', 'pleco.txt', 'termbase.csv', 'termbase.json', 'termbase.tbx', 'termbase.xlsx']);
    expect(result.corpusFiles).toEqual([join(corpus, 'wangyi-multilateralism.txt'), join(corpus, 'wangyi-opening.txt')]);
  });

  it('gives every glossary term that occurs in the corpus its official rendering, and leaves out the others', () => {
    const byZh = new Map(result.records.map((r) => [r.zh, r]));
    expect(byZh.get('多边主义')).toMatchObject({ status: 'glossary', en: 'multilateralism' });
    expect(byZh.get('一带一路')).toMatchObject({ status: 'glossary', en: 'Belt and Road Initiative', enDeprecated: ['One Belt, One Road', 'OBOR', 'One Belt One Road'] });
    // Seen once, so never an extraction candidate (--min-freq 2): only the glossary count brings it in.
    expect(byZh.get('单边主义')).toMatchObject({ status: 'glossary', en: 'unilateralism', freq: 1, docFreq: 1, contexts: [{ line: 4, text: '面对【单边主义】肆虐' }] });
    expect(byZh.has('全过程人民民主')).toBe(false);
    expect(result.glossaryEntries).toBe(8);
  });

  it('writes a TBX that validates against the TBX-Basic 2008 schema', async () => {
    expect(await validateTbx(read('termbase.tbx'), 'v2')).toEqual([]);
  });

  it('reports its stages and throughput on the progress stream', async () => {
    let written = '';
    const stream = { isTTY: false, write: (s: string) => ((written += s), true) } as unknown as NodeJS.WritableStream;
    await build({ paths: [corpus], glossary, outDir: join(scratch, 'progress'), formats: ['json'], top: 5, progress: createProgress({ stream, force: true, intervalMs: 0 }) });
    expect(written).toMatch(/extract {2}\d+\/\d+ files {2}[\d.]+\/[\d.]+ MB {2}[\d.]+ MB\/s/);
    for (const stage of ['enrich', 'merge']) expect(written).toContain(`\r${stage}`);
  });
});

describe('build with its output folder inside the corpus', () => {
  it('never reads its own exports (anki.txt, pleco.txt) as corpus on the next run', async () => {
    const root = mkdtempSync(join(tmpdir(), 'zhterm-self-'));
    for (const name of readdirSync(corpus)) writeFileSync(join(root, name), readFileSync(join(corpus, name)));
    const outDir = join(root, 'exports');
    const first = await build({ paths: [root], glossary, outDir, date: '2026-11-28' });
    const second = await build({ paths: [root], glossary, outDir, date: '2026-11-28' });
    expect(second.corpusFiles).toEqual(first.corpusFiles);
    expect(second.corpusFiles.map((f) => relative(root, f))).toEqual(['wangyi-multilateralism.txt', 'wangyi-opening.txt']);
    expect(second.records.map((r) => [r.zh, r.freq])).toEqual(first.records.map((r) => [r.zh, r.freq]));
  });
});

describe('writeExports', () => {
  const records = [{ zh: '多边主义', pinyin: 'duōbiān zhǔyì', pinyinNumbers: 'duo1bian1 zhu3yi4', hant: '多邊主義', tw: '多邊主義', hk: '多邊主義', en: 'multilateralism', enAdmitted: [], enDeprecated: [], status: 'glossary' as const, freq: 7, docFreq: 1, score: 1, contexts: [], related: [] }];

  it('fails with one line naming the path, and leaves no temporary file, when a target cannot be written', () => {
    const out = join(scratch, 'blocked');
    mkdirSync(join(out, 'termbase.json'), { recursive: true }); // a directory where the file should go
    expect(() => writeExports(records, [], { outDir: out, formats: ['json'] })).toThrow(new ZhtermError(`${join(out, 'termbase.json')}: cannot write: is a directory`));
    expect(readdirSync(out)).toEqual(['termbase.json']);
  });

  it('fails when the output folder lies under a file (no permission trick needed as root)', () => {
    const file = join(scratch, 'a-file');
    writeFileSync(file, 'not a folder');
    expect(() => writeExports(records, [], { outDir: join(file, 'exports'), formats: ['csv'] })).toThrow(/a-file\/exports\/termbase\.csv: cannot write: /);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });
});

describe('zhterm build', () => {
  it('writes the chosen formats only, TBX v3 with BCP 47 codes', async () => {
    const out = join(scratch, 'cli');
    const code = await main(['node', 'zhterm', 'build', corpus, '--glossary', glossary, '--out', out, '--formats', 'tbx,json', '--tbx', 'v3', '--lang-codes', 'bcp47', '--top', '10', '--date', '2026-03-07', '--quiet']);
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['termbase.json', 'termbase.tbx']);
    const tbx = readFileSync(join(out, 'termbase.tbx'), 'utf8');
    expect(tbx).toContain('<langSec xml:lang="zh-Hans">');
    expect(await validateTbx(tbx, 'v3')).toEqual([]);
  });

  it('prints a summary on stdout, and no progress when stderr is not a terminal', async () => {
    const out = join(scratch, 'summary');
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'zhterm', 'build', corpus, '--glossary', glossary, '--out', out, '--formats', 'pleco,csv', '--top', '5'])).toBe(0);
      const printed = stdout.mock.calls.map((c) => String(c[0])).join('');
      expect(printed).toMatch(/^\d+ terms \(\d+ with official renderings from 8 glossary entries\) from 2 corpus files\n {2}\S+pleco\.txt {2}[\d.]+ (B|KB)\n {2}\S+termbase\.csv {2}[\d.]+ (B|KB)\n$/);
      expect(stderr).not.toHaveBeenCalled();
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  });

  it('exits 2 on an unknown format, a bad --top and a missing corpus, writing nothing', async () => {
    const out = join(scratch, 'never');
    expect(await main(['node', 'zhterm', 'build', corpus, '--out', out, '--formats', 'xlsx,docx'])).toBe(2);
    expect(await main(['node', 'zhterm', 'build', corpus, '--out', out, '--top', '0'])).toBe(2);
    expect(await main(['node', 'zhterm', 'build', join(fixtures, 'no-such-corpus'), '--out', out, '-q'])).toBe(2);
    expect(await main(['node', 'zhterm', 'build', '--out', out, '-q'])).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 without writing anything when the corpus yields no term', async () => {
    const tiny = join(scratch, 'tiny.txt');
    writeFileSync(tiny, '今天天气很好。\n');
    const out = join(scratch, 'empty');
    expect(await main(['node', 'zhterm', 'build', tiny, '--no-glossary', '--out', out, '-q'])).toBe(2);
    expect(existsSync(out)).toBe(false);
  });
});
