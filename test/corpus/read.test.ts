import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSentences, sentencesFromText, type ReadOptions } from '../../src/corpus/index.ts';
import type { Document, Sentence } from '../../src/types.ts';

const FIXTURES = 'test/fixtures/corpus';
const PRESS = `${FIXTURES}/press.zh.txt`;

async function read(paths: string[], options: ReadOptions = {}): Promise<Sentence[]> {
  const out: Sentence[] = [];
  for await (const s of readSentences(paths, options)) out.push(s);
  return out;
}

/** What the counting stages see, without the file name (which differs per fixture). */
const shape = (sentences: Sentence[]): string[] => sentences.map((s) => `${s.docId.replace(/^.*?(:\d+)?$/, 'doc$1')} ${s.line} ${s.norm}`);

const PRESS_SHAPE = [
  'doc:1 1 王毅答中外记者问',
  'doc:1 2 推进高质量共建一带一路',
  'doc:1 2 助力世界经济早日复苏',
  'doc:1 2 共同应对气候变化等全球挑战',
  'doc:1 3 我们将打造互利合作的典范',
  'doc:1 3 深化一带一路和欧亚经济联盟对接',
  'doc:1 3 推动经贸投资合作提质升级',
  'doc:1 3 拓展科技创新',
  'doc:1 3 数字经济等新兴领域合作',
  'doc:4 5 坚持和平发展',
  'doc:4 5 谋求合作共赢',
  'doc:4 5 推动构建人类命运共同体',
  'doc:4 5 既是党章和宪法的规定',
  'doc:4 5 也是中国外交要努力的道路和方向',
];

describe('readSentences', () => {
  it('reads UTF-8, splits `=== ` sections into documents and lines into clauses', async () => {
    const docs: Document[] = [];
    const sentences = await read([PRESS], { onDocument: (d) => docs.push(d) });
    expect(shape(sentences)).toEqual(PRESS_SHAPE);
    expect(sentences[1]).toEqual({
      docId: `${PRESS}:1`,
      file: PRESS,
      line: 2,
      text: '推进高质量共建“一带一路”',
      norm: '推进高质量共建一带一路',
      quoted: [[7, 11]],
    });
    expect(docs).toEqual([
      { id: `${PRESS}:1`, path: PRESS, title: '王毅答中外记者问' },
      { id: `${PRESS}:4`, path: PRESS },
    ]);
  });

  it.each(['gb18030.txt', 'utf8-bom.txt', 'utf16le-bom.txt', 'utf16be-bom.txt'])('detects and decodes %s', async (name) => {
    expect(shape(await read([`${FIXTURES}/encodings/${name}`]))).toEqual(PRESS_SHAPE);
  });

  it('reads Big5 and UTF-8 traditional text into the same norm as the simplified original', async () => {
    expect(shape(await read([`${FIXTURES}/encodings/big5-traditional.txt`]))).toEqual(PRESS_SHAPE);
    const [, second] = await read([`${FIXTURES}/encodings/utf8-traditional.txt`]);
    expect(second.text).toBe('推進高質量共建「一帶一路」');
  });

  it('reads UTF-16 without a byte-order mark when told the encoding', async () => {
    expect(shape(await read([`${FIXTURES}/encodings/utf16le-nobom.txt`], { encoding: 'UTF-16LE' }))).toEqual(PRESS_SHAPE);
  });

  it.each([1, 2, 3, 5, 7])('gives the same clauses and line numbers with %i-byte chunks', async (chunkSize) => {
    for (const name of ['gb18030.txt', 'utf16le-bom.txt', 'utf8-bom.txt']) {
      expect(shape(await read([`${FIXTURES}/encodings/${name}`], { chunkSize, encoding: undefined }))).toEqual(PRESS_SHAPE);
    }
    expect(shape(await read([PRESS], { chunkSize, encoding: 'utf-8' }))).toEqual(PRESS_SHAPE);
  });

  it('handles CRLF line ends and a last line without a newline', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    const path = join(dir, 'crlf.txt');
    writeFileSync(path, '坚持和平发展，\r\n谋求合作共赢\r\n\r\n推动构建人类命运共同体');
    const sentences = await read([path], { chunkSize: 3, encoding: 'utf-8' });
    expect(sentences.map((s) => [s.line, s.text])).toEqual([
      [1, '坚持和平发展'],
      [2, '谋求合作共赢'],
      [4, '推动构建人类命运共同体'],
    ]);
    expect(sentences.every((s) => s.docId === path)).toBe(true);
  });

  it('reads directories recursively in path order: .txt and .md only, hidden entries skipped, Markdown markers dropped', async () => {
    const sentences = await read([`${FIXTURES}/tree`]);
    expect(sentences.map((s) => `${s.file} ${s.line} ${s.text}`)).toEqual([
      `${FIXTURES}/tree/b.txt 1 中阿“一带一路”重点项目复工复产有序推进`,
      `${FIXTURES}/tree/sub/a.md 1 标题`,
      `${FIXTURES}/tree/sub/a.md 2 携手构建更紧密命运共同体`,
    ]);
  });

  it('reads data/ as the bundled corpus alone: the project’s word lists live in resources/', async () => {
    const files = new Set((await read(['data'])).map((s) => s.file));
    expect([...files]).toEqual(['data/wangyi-2021-press-conference.zh.txt']);
  });

  it('reads an empty file as no clauses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    expect(await read([join(dir, 'empty.txt')])).toEqual([]);
  });
});

describe('sentencesFromText', () => {
  it('splits sections and clauses of an in-memory text', () => {
    const text = '=== 20200101 #1 一带一路\n堅持「一國兩制」、「港人治港」方針\n';
    expect(sentencesFromText(text, 'mem')).toEqual([
      { docId: 'mem:1', file: 'mem', line: 1, text: '一带一路', norm: '一带一路' },
      { docId: 'mem:1', file: 'mem', line: 2, text: '堅持「一國兩制」', norm: '坚持一国两制', quoted: [[2, 6]] },
      { docId: 'mem:1', file: 'mem', line: 2, text: '「港人治港」方針', norm: '港人治港方针', quoted: [[0, 4]] },
    ]);
  });

  it('uses the given document id for text without headers', () => {
    expect(sentencesFromText('共建一带一路', 'bitext.tsv', 'seg-7')).toEqual([
      { docId: 'seg-7', file: 'bitext.tsv', line: 1, text: '共建一带一路', norm: '共建一带一路' },
    ]);
  });
});

describe('progress while reading', () => {
  it('reports the files and bytes to come, each file opened and every byte read', async () => {
    const events: string[] = [];
    const progress = {
      addTotal: (files: number, bytes: number) => events.push(`total ${files} ${bytes}`),
      startFile: (path: string) => events.push(`file ${path}`),
      advance: (bytes: number) => events.push(`+${bytes}`),
      setStage: () => {},
      render: () => {},
      done: () => {},
    };
    // The detector reads at least 4 KiB before decoding, so each small file arrives in one piece.
    await read([`${FIXTURES}/tree`], { progress, chunkSize: 40 });
    expect(events).toEqual([
      'total 2 113',
      `file ${FIXTURES}/tree/b.txt`,
      '+64',
      `file ${FIXTURES}/tree/sub/a.md`,
      '+49',
    ]);
  });
});
