import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import type { Candidate, TermRecord } from '../../src/types.ts';

const EXCERPT = new URL('../fixtures/extract/press-excerpt.txt', import.meta.url).pathname;

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const run = (...args: string[]): Promise<number> => main(['node', 'zhterm', 'extract', ...args]);

describe('zhterm extract', () => {
  it('prints a JSON array, best first, with term, freq, docFreq, score and marked contexts', async () => {
    expect(await run(EXCERPT, '--format', 'json', '--top', '3')).toBe(0);
    const out = JSON.parse(stdout) as Candidate[];
    expect(out.map((c) => [c.term, c.freq, c.docFreq])).toEqual([
      ['一带一路', 10, 1],
      ['多边主义', 15, 1],
      ['人类命运共同体', 3, 1],
    ]);
    expect(out[0].contexts[0].text).toBe('推进高质量共建“【一带一路】”');
    expect(out[0].first).toEqual({ file: EXCERPT, line: 2 });
  });

  it('prints TSV with a header when stdout is not a terminal', async () => {
    expect(await run(EXCERPT, '--top', '2', '--quiet')).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('term\tfreq\tdocFreq\tscore\tforms\tfirst\tcontexts');
    expect(lines).toHaveLength(3);
    expect(lines[1].split('\t').slice(0, 3)).toEqual(['一带一路', '10', '1']);
    expect(lines[1].split('\t')[4]).toBe('“一带一路”');
  });

  it('honours --min-freq and --max-len', async () => {
    expect(await run(EXCERPT, '-f', 'json', '--min-freq', '5', '--max-len', '4')).toBe(0);
    const out = JSON.parse(stdout) as Candidate[];
    expect(out.length).toBeGreaterThan(0);
    for (const c of out) {
      expect(c.freq).toBeGreaterThanOrEqual(5);
      expect(c.term.length).toBeLessThanOrEqual(4);
    }
  });

  it('writes -o FILE atomically', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-extract-'));
    const file = join(dir, 'terms.json');
    expect(await run(EXCERPT, '-f', 'json', '--top', '1', '-o', file)).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as Candidate[])[0].term).toBe('一带一路');
    expect(stdout).toBe('');
  });

  it('adds pinyin and traditional forms with --enrich', async () => {
    expect(await run(EXCERPT, '--enrich', '-f', 'json', '--top', '1', '-q')).toBe(0);
    const [record] = JSON.parse(stdout) as TermRecord[];
    expect(record.zh).toBe('一带一路');
    expect(record.hant).toBe('一帶一路');
    expect(record.pinyin).not.toBe('');
    expect(record.status).toBe('candidate');
  });

  it('keeps --max-len with --enrich as without it', async () => {
    expect(await run(EXCERPT, '--max-len', '4', '-f', 'json', '-q')).toBe(0);
    const plain = (JSON.parse(stdout) as Candidate[]).map((c) => c.term);
    stdout = '';
    expect(await run(EXCERPT, '--max-len', '4', '--enrich', '-f', 'json', '-q')).toBe(0);
    const enriched = (JSON.parse(stdout) as TermRecord[]).map((r) => r.zh);
    expect(enriched).toEqual(plain);
    expect(enriched.every((term) => term.length <= 4)).toBe(true);
  });

  it('keeps the best 500 with --enrich, as build does, unless --top says otherwise', async () => {
    expect(await run('data/wangyi-2021-press-conference.zh.txt', '--enrich', '-f', 'json', '-q')).toBe(0);
    expect((JSON.parse(stdout) as TermRecord[]).length).toBe(500);
  });

  it('refuses --counts with --enrich, and an output over its corpus or glossary', async () => {
    expect(await run('--counts', 'shard.zhc', '--enrich')).toBe(2);
    expect(stderr).toBe('zhterm: --counts cannot be combined with --enrich or --glossary: rank the shards with `zhterm extract --counts FILES -f json`, or build the termbase from the corpus\n');
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-extract-'));
    const corpus = join(dir, 'corpus.txt');
    writeFileSync(corpus, readFileSync(EXCERPT, 'utf8'));
    stderr = '';
    expect(await run(corpus, '-o', corpus)).toBe(2);
    expect(stderr).toBe(`zhterm: ${corpus}: is an input of this extraction; write it elsewhere\n`);
    expect(readFileSync(corpus, 'utf8')).toBe(readFileSync(EXCERPT, 'utf8'));
    stderr = '';
    expect(await run(EXCERPT, '-g', dir, '-o', join(dir, 'terms.tsv'))).toBe(2);
    expect(stderr).toBe(`zhterm: ${join(dir, 'terms.tsv')}: is part of the glossary ${dir}; write it elsewhere\n`);
  });

  it('takes the format from the -o extension, and refuses an extension it cannot write before extracting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-extract-'));
    const json = join(dir, 'terms.json');
    expect(await run(EXCERPT, '-o', json, '--top', '2', '-q')).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as Candidate[]).map((c) => c.term)).toEqual(['一带一路', '多边主义']);
    const xlsx = join(dir, 'terms.xlsx');
    expect(await run(EXCERPT, '-o', xlsx, '-q')).toBe(2);
    expect(stderr).toBe(`zhterm: ${xlsx}: cannot write .xlsx here; name it .tsv or .json, or choose --format\n`);
  });

  it('gives an empty result, a warning and exit 0 for an empty corpus', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-extract-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await run(empty, '-f', 'json')).toBe(0);
    expect(JSON.parse(stdout)).toEqual([]);
    expect(stderr).toContain('warning: no text');
  });

  it('exits 2 with a one-line error naming a missing file', async () => {
    expect(await run('/nonexistent/corpus.txt')).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain('/nonexistent/corpus.txt');
  });

  it('exits 2 on a bad option value', async () => {
    expect(await run(EXCERPT, '--top', 'zero')).toBe(2);
    expect(await run(EXCERPT, '--format', 'xml')).toBe(2);
    expect(await run(EXCERPT, '--shares', '0')).toBe(2);
  });

  it('prints the same list with -j 2 as with one thread, for the shares given', async () => {
    const data = new URL('../../data/wangyi-2021-press-conference.zh.txt', import.meta.url).pathname;
    expect(await run(EXCERPT, data, '--shares', '2', '--top', '40', '-f', 'json', '-q')).toBe(0);
    const one = stdout;
    stdout = '';
    expect(await run(EXCERPT, data, '--shares', '2', '-j', '2', '--top', '40', '-f', 'json', '-q')).toBe(0);
    expect(stdout).toBe(one);
    expect((JSON.parse(one) as Candidate[]).map((c) => c.term).slice(0, 3)).toEqual(['一带一路', '多边主义', '习近平主席']);
  });
});
