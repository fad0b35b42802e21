import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { ZhtermError } from '../../src/errors.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { tsv, writeFiles } from './helpers.ts';

const PROJECT = 'test/fixtures/glossary/project';

/** The message of the ZhtermError that loading `path` throws. */
function loadError(path: string): string {
  try {
    loadGlossary(path);
  } catch (err) {
    expect(err).toBeInstanceOf(ZhtermError);
    return (err as ZhtermError).message;
  }
  throw new Error(`expected ${path} to fail`);
}

describe('loadGlossary: the project directory', () => {
  it('reads every .tsv in name order, lists split on |, origins recorded, blank lines skipped', () => {
    const entries = loadGlossary(PROJECT);
    expect(entries).toEqual([
      {
        zh: '一带一路',
        en: 'the Belt and Road Initiative',
        enAdmitted: ['Belt and Road'],
        enDeprecated: ['One Belt, One Road', 'the New Silk Road'],
        pinyin: 'yídài yílù',
        domain: 'diplomacy',
        note: 'Official usage since 2015.',
        source: 'NDRC, 2015',
        origin: { file: join(PROJECT, 'a-diplomacy.tsv'), line: 2 },
      },
      {
        zh: '人类命运共同体',
        en: 'a community with a shared future for mankind',
        enAdmitted: ['a community with a shared future for humanity'],
        enDeprecated: ['a community of common destiny'],
        domain: 'diplomacy',
        source: 'Xinhua',
        origin: { file: join(PROJECT, 'a-diplomacy.tsv'), line: 3 },
      },
      {
        zh: '一国两制',
        en: 'One Country, Two Systems',
        enAdmitted: [],
        enDeprecated: [],
        domain: 'governance',
        source: 'Government Work Report 2024',
        origin: { file: join(PROJECT, 'b-governance.tsv'), line: 3 },
      },
      {
        zh: '全过程人民民主',
        en: "whole-process people's democracy",
        enAdmitted: [],
        enDeprecated: [],
        domain: 'governance',
        source: 'Xinhua',
        origin: { file: join(PROJECT, 'b-governance.tsv'), line: 4 },
      },
    ]);
  });

  it('skips hidden files and Excel lock files in the directory', () => {
    const row = tsv(['双循环', 'dual circulation', '', '', '', '', '', 'GWR 2021']);
    const dir = writeFiles({ 'a.tsv': row, '.a.tsv': 'broken', '~$a.tsv': 'broken', 'notes.txt': 'x' });
    expect(loadGlossary(dir).map((e) => e.origin)).toEqual([{ file: join(dir, 'a.tsv'), line: 2 }]);
  });

  it('accepts a subset of columns in any order, CRLF line ends and a BOM', () => {
    const dir = writeFiles({ 'g.tsv': '\uFEFFen\tzh\r\nthe Belt and Road Initiative\t一带一路\r\n' });
    expect(loadGlossary(join(dir, 'g.tsv'))).toEqual([
      { zh: '一带一路', en: 'the Belt and Road Initiative', enAdmitted: [], enDeprecated: [], origin: { file: join(dir, 'g.tsv'), line: 2 } },
    ]);
  });

  it('reads UTF-16 with a byte-order mark (Excel "Unicode Text")', () => {
    const text = 'zh\ten\n双循环\tdual circulation\n';
    const dir = writeFiles({ 'g.tsv': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]) });
    expect(loadGlossary(join(dir, 'g.tsv')).map((e) => [e.zh, e.en])).toEqual([['双循环', 'dual circulation']]);
  });
});

describe('loadGlossary: malformed lines stop the load with file:line', () => {
  it.each([
    ['a missing en', tsv(['一国两制', 'One Country, Two Systems', '', '', '', '', '', ''], ['双循环', '', '', '', '', '', '', '']), 3, 'en is empty'],
    ['a missing zh', tsv(['', 'dual circulation', '', '', '', '', '', '']), 2, 'zh is empty'],
    ['too few columns', tsv(['双循环', 'dual circulation']), 2, 'expected 8 tab-separated fields, found 2'],
    ['too many columns', tsv(['双循环', 'dual circulation', '', '', '', '', '', '', 'extra']), 2, 'expected 8 tab-separated fields, found 9'],
    ['a | in the preferred rendering', tsv(['多边主义', 'multi|lateralism', '', '', '', '', '', '']), 2, 'en holds |: "multi|lateralism"; give one preferred rendering and the others in en_admitted'],
    ['an empty list item', tsv(['一带一路', 'the Belt and Road Initiative', '', 'One Belt, One Road |', '', '', '', '']), 2, 'en_deprecated has an empty item: "One Belt, One Road |" (items are separated by |)'],
    ['a quoted cell (Excel)', tsv(['新质生产力', '"new quality productive forces"', '', '', '', '', '', '']), 2, 'en is wrapped in quotes ("…"); TSV cells are not quoted (Excel adds them when a cell contains a " mark)'],
  ])('%s', (_label, content, line, reason) => {
    const dir = writeFiles({ 'g.tsv': content });
    expect(loadError(dir)).toBe(`${join(dir, 'g.tsv')}:${line}: ${reason}`);
  });

  it('an unknown header column', () => {
    const dir = writeFiles({ 'g.tsv': 'zh\ten\tenglish_alt\n双循环\tdual circulation\t\n' });
    expect(loadError(dir)).toBe(
      `${join(dir, 'g.tsv')}:1: unknown column "english_alt" in the header (expected zh, en, en_admitted, en_deprecated, pinyin, domain, note, source)`,
    );
  });

  it('a header with an unnamed column (a stray tab)', () => {
    const dir = writeFiles({ 'g.tsv': 'zh\ten\t\n双循环\tdual circulation\t\n' });
    expect(loadError(dir)).toBe(`${join(dir, 'g.tsv')}:1: column 3 of the header has no name (expected zh, en, en_admitted, en_deprecated, pinyin, domain, note, source)`);
  });

  it('a header without en', () => {
    const dir = writeFiles({ 'g.tsv': 'zh\tnote\n双循环\t\n' });
    expect(loadError(dir)).toBe(`${join(dir, 'g.tsv')}:1: the header has no en column`);
  });

  it('a file that is not UTF-8 names the first bad line', () => {
    const text = 'zh\ten\n双循环\tdual circulation\n新质生产力\tnew quality productive forces\n';
    const dir = writeFiles({ 'g.tsv': iconv.encode(text, 'gb18030') });
    expect(loadError(dir)).toBe(`${join(dir, 'g.tsv')}:2: not valid UTF-8 (a GB18030 or Big5 file? convert it first, e.g. iconv -f GB18030 -t UTF-8)`);
  });

  it('counts the other problems, so that nothing is hidden', () => {
    const dir = writeFiles({ 'g.tsv': tsv(['双循环', ''], ['', 'x', '', '', '', '', '', '']) });
    expect(loadError(dir)).toBe(`${join(dir, 'g.tsv')}:2: expected 8 tab-separated fields, found 2 (and 1 more: run zhterm glossary lint ${dir})`);
  });

  it('a path that does not exist, an empty directory, an unknown extension', () => {
    expect(loadError('test/fixtures/glossary/nope')).toBe('test/fixtures/glossary/nope: no such file or directory');
    const dir = writeFiles({ 'readme.txt': 'x' });
    expect(loadError(dir)).toBe(`${dir}: no .tsv glossary files in this directory`);
    expect(loadError(join(dir, 'readme.txt'))).toMatch(/readme\.txt: not a glossary file \(expected \.tsv, \.csv/);
  });
});

describe('loadGlossary: CSV', () => {
  it('honours RFC 4180 quoting: commas, doubled quotes and | lists inside quoted values', () => {
    const csv = [
      'zh,en,en_admitted,en_deprecated,note',
      '一带一路,the Belt and Road Initiative,"Belt and Road","One Belt, One Road|the New Silk Road",',
      '"“一国两制”",One Country, Two Systems,,,"Deng Xiaoping\'s ""one country, two systems"""',
      '',
    ].join('\n');
    const dir = writeFiles({ 'g.csv': csv });
    expect(loadError(join(dir, 'g.csv'))).toBe(`${join(dir, 'g.csv')}:3: expected 5 comma-separated fields, found 6`);
    const fixed = csv.replace('One Country, Two Systems', '"One Country, Two Systems"');
    const dir2 = writeFiles({ 'g.csv': fixed });
    expect(loadGlossary(join(dir2, 'g.csv'))).toEqual([
      {
        zh: '一带一路',
        en: 'the Belt and Road Initiative',
        enAdmitted: ['Belt and Road'],
        enDeprecated: ['One Belt, One Road', 'the New Silk Road'],
        origin: { file: join(dir2, 'g.csv'), line: 2 },
      },
      {
        zh: '“一国两制”',
        en: 'One Country, Two Systems',
        enAdmitted: [],
        enDeprecated: [],
        note: 'Deng Xiaoping\'s "one country, two systems"',
        origin: { file: join(dir2, 'g.csv'), line: 3 },
      },
    ]);
  });

  it('reads the semicolon-separated CSV that Excel writes in comma-decimal locales', () => {
    const dir = writeFiles({ 'g.csv': 'zh;en;en_deprecated\n一带一路;the Belt and Road Initiative;"One Belt; One Road|OBOR"\n' });
    expect(loadGlossary(join(dir, 'g.csv')).map((e) => [e.zh, e.en, e.enDeprecated])).toEqual([['一带一路', 'the Belt and Road Initiative', ['One Belt; One Road', 'OBOR']]]);
  });

  it('rejects a value spanning lines, at the line where its record starts', () => {
    const dir = writeFiles({ 'g.csv': 'zh,en,note\n双循环,dual circulation,"first line\nsecond line"\n' });
    expect(loadError(join(dir, 'g.csv'))).toBe(`${join(dir, 'g.csv')}:2: note contains a line break or tab, which the project's TSV format cannot hold`);
  });

  it('reports a broken quote with its line', () => {
    const dir = writeFiles({ 'g.csv': 'zh,en\n双循环,"dual circulation" x\n' });
    expect(loadError(join(dir, 'g.csv'))).toMatch(new RegExp(`^${join(dir, 'g.csv')}:2: Invalid Closing Quote`));
  });
});

describe('loadGlossary: JSON', () => {
  it('reads the exported array, with the line of each entry', () => {
    const json = '[\n{"zh":"双循环","en":"dual circulation"},\n{"zh":"新质生产力","en":"new quality productive forces","enAdmitted":["new productive forces"]}\n]\n';
    const dir = writeFiles({ 'g.json': json });
    expect(loadGlossary(join(dir, 'g.json'))).toEqual([
      { zh: '双循环', en: 'dual circulation', enAdmitted: [], enDeprecated: [], origin: { file: join(dir, 'g.json'), line: 2 } },
      { zh: '新质生产力', en: 'new quality productive forces', enAdmitted: ['new productive forces'], enDeprecated: [], origin: { file: join(dir, 'g.json'), line: 3 } },
    ]);
  });

  it('names the entry line of a candidate without a translation (merged build JSON)', () => {
    const json = '[\n  {"zh": "双循环", "en": "dual circulation", "status": "glossary", "freq": 3},\n  {"zh": "构建新发展格局", "en": null, "status": "candidate"}\n]';
    const dir = writeFiles({ 'g.json': json });
    expect(loadError(join(dir, 'g.json'))).toBe(`${join(dir, 'g.json')}:3: en is empty (a candidate without a translation is not a glossary entry)`);
  });
});
