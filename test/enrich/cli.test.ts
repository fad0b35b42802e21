import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

const TERMS = new URL('../fixtures/enrich/terms.txt', import.meta.url).pathname;

describe('zhterm enrich', () => {
  let dir: string;
  let stderr: string[];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'zhterm-enrich-'));
    stderr = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      stderr.push(String(chunk));
      return true;
    });
  });
  afterEach(() => vi.restoreAllMocks());

  it('writes JSON objects with every field, one per non-empty line, and warns about non-Chinese lines', async () => {
    const out = join(dir, 'terms.json');
    expect(await main(['node', 'zhterm', 'enrich', TERMS, '--format', 'json', '-o', out])).toBe(0);
    const rows = JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>[];
    expect(rows.map((r) => r.term)).toEqual(['人类命运共同体', '代表团一行', 'APEC', '頭髮']);
    expect(Object.keys(rows[0]!)).toEqual(['term', 'pinyin', 'pinyinNumbers', 'hant', 'tw', 'hk', 'hsk', 'gloss']);
    expect(rows[1]).toMatchObject({ pinyin: 'dàibiǎotuán yīxíng', pinyinNumbers: 'dai4biao3tuan2 yi1xing2', hant: '代表團一行' });
    expect(rows[2]).toMatchObject({ pinyin: '', hant: 'APEC', hsk: null, gloss: null });
    expect(stderr.join('')).toBe(`zhterm enrich: ${TERMS}:4: no Chinese characters in "APEC": passed through without enrichment\n`);
  });

  it('writes TSV with a header, HSK levels per word for phrases', async () => {
    const out = join(dir, 'terms.tsv');
    expect(await main(['node', 'zhterm', 'enrich', TERMS, '-o', out])).toBe(0);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('term\tpinyin\tpinyinNumbers\thant\ttw\thk\thsk3\thsk2\tgloss');
    expect(lines[1]).toBe(
      '人类命运共同体\trénlèi mìngyùn gòngtóngtǐ\tren2lei4 ming4yun4 gong4tong2ti3\t人類命運共同體\t人類命運共同體\t人類命運共同體\t'
        + '人类 3 · 命运 3 · 共同体 7\t人类 5 · 命运 5 · 共同体 -\t人类 humanity · 命运 fate · 共同体 community',
    );
    expect(lines[4]).toBe('頭髮\ttóufa\ttou2fa5\t頭髮\t頭髮\t頭髮\t2\t3\thair (on the head)');
    expect(lines).toHaveLength(6);
  });

  it('gives spoken tones with --tone-sandhi and drops tone marks with --toneless', async () => {
    const file = join(dir, 'yidai.txt');
    writeFileSync(file, '一带一路\n');
    const out = join(dir, 'out.json');
    await main(['node', 'zhterm', 'enrich', file, '--format', 'json', '--tone-sandhi', '--toneless', '-o', out]);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0]).toMatchObject({ pinyin: 'Yidai Yilu', pinyinNumbers: 'Yi2dai4 Yi2lu4' });
  });

  it('reads a GB18030 file', async () => {
    const file = join(dir, 'gbk.txt');
    writeFileSync(file, iconv.encode('人类命运共同体\n代表团一行\n全面建成小康社会\n中国特色社会主义\n', 'gb18030'));
    const out = join(dir, 'out.json');
    expect(await main(['node', 'zhterm', 'enrich', file, '--format', 'json', '-o', out])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))[1]).toMatchObject({ term: '代表团一行', pinyin: 'dàibiǎotuán yīxíng' });
  });

  it('reads a one-line GBK list when told its encoding (too short for detection)', async () => {
    const file = join(dir, 'one.txt');
    writeFileSync(file, iconv.encode('人类命运共同体\n', 'gbk'));
    const out = join(dir, 'one.json');
    expect(await main(['node', 'zhterm', 'enrich', file, '--encoding', 'gbk', '--format', 'json', '-o', out])).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8'))[0]).toMatchObject({ term: '人类命运共同体', pinyin: 'rénlèi mìngyùn gòngtóngtǐ' });
  });

  it('exits 2 with a one-line error naming a missing file', async () => {
    const missing = join(dir, 'nope.txt');
    expect(await main(['node', 'zhterm', 'enrich', missing])).toBe(2);
    expect(stderr.join('')).toBe(`zhterm: ${missing}: cannot read: no such file\n`);
  });

  it('takes the format from the -o extension and refuses one it cannot write', async () => {
    const json = join(dir, 'implied.json');
    expect(await main(['node', 'zhterm', 'enrich', TERMS, '-o', json])).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as unknown[]).length).toBe(4);
    const xlsx = join(dir, 'terms.xlsx');
    expect(await main(['node', 'zhterm', 'enrich', TERMS, '-o', xlsx])).toBe(2);
    expect(stderr.join('')).toContain(`zhterm: ${xlsx}: cannot write .xlsx here; name it .tsv or .json, or choose --format\n`);
  });

  it('exits 2 on an unknown format', async () => {
    expect(await main(['node', 'zhterm', 'enrich', TERMS, '--format', 'xml'])).toBe(2);
  });
});
