import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { readXlsxGlossary, writeTermbaseXlsx, type WorkbookAbout } from '../../src/export/xlsx.ts';
import { ZhtermError } from '../../src/errors.ts';
import { EXPECTED_ENTRIES, RECORDS, withoutOrigin } from './records.ts';

const ABOUT: WorkbookAbout = { corpusFiles: ['corpus/wangyi.txt', 'corpus/report.txt'], date: '2026-03-07', version: '0.1.0', settings: { top: 200, tbx: 'v2', quiet: false } };
const written = writeTermbaseXlsx(RECORDS, ABOUT);
const wb = XLSX.read(written, { type: 'array' });
const rows = (sheet: string) => XLSX.utils.sheet_to_json<(string | number)[]>(wb.Sheets[sheet], { header: 1, defval: '' });
const sheetXml = (n: number) => {
  const zip = XLSX.CFB.read(written, { type: 'buffer' });
  return Buffer.from(XLSX.CFB.find(zip, `/xl/worksheets/sheet${n}.xml`).content).toString('utf8');
};

describe('writeTermbaseXlsx', () => {
  it('writes the sheets Terms, Contexts and About', () => {
    expect(wb.SheetNames).toEqual(['Terms', 'Contexts', 'About']);
  });

  it('has language-coded headers and one concept per row, synonyms in one cell separated by ;', () => {
    const [header, first, second, third] = rows('Terms');
    expect(header).toEqual(['zh-CN', 'zh-CN pinyin', 'zh-TW', 'zh-HK', 'en-US', 'en-US admitted', 'en-US deprecated', 'status', 'domain', 'freq', 'docFreq', 'score', 'context', 'source', 'note', 'related', 'gloss (CC-CEDICT)']);
    expect(first.slice(0, 12)).toEqual(['人类命运共同体', 'rénlèi mìngyùn gòngtóngtǐ', '人類命運共同體', '人類命運共同體', 'a community with a shared future for mankind', 'a community with a shared future for humanity', 'a community of common destiny', 'glossary', 'diplomacy', 12, 3, 0.9123]);
    expect(first[12]).toBe('推动构建【人类命运共同体】');
    expect(second[6]).toBe('One Belt, One Road; OBOR');
    expect(third.slice(4, 8)).toEqual(['', '', '', 'needs translation']);
    expect(third.slice(15)).toEqual(['人类命运共同体', 'to construct; humanity; destiny; community']);
    expect(rows('Terms')).toHaveLength(1 + RECORDS.length);
  });

  it('writes text that looks like a formula as a text cell, never as a formula', () => {
    const ws = wb.Sheets.Terms;
    const row = 1 + RECORDS.findIndex((r) => r.zh === '双循环');
    for (const [col, value] of [[4, '-dual circulation'], [5, '=HYPERLINK("http://example.com")'], [13, '@mfa_china'], [14, '+ formula-looking text must stay text']] as const) {
      const cell = ws[XLSX.utils.encode_cell({ r: row, c: col })];
      expect(cell).toMatchObject({ t: 's', v: value });
      expect(cell.f).toBeUndefined();
    }
    expect(sheetXml(1)).not.toContain('<f>');
  });

  it('freezes the header row of Terms and Contexts, sets an autofilter and readable column widths', () => {
    for (const n of [1, 2]) expect(sheetXml(n)).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheetXml(3)).not.toContain('<pane');
    expect(wb.Sheets.Terms['!autofilter']).toEqual({ ref: 'A1:Q6' });
    const styled = XLSX.read(written, { type: 'array', cellStyles: true });
    const widths = (styled.Sheets.Terms['!cols'] ?? []).map((c) => Math.round(c.wch ?? 0));
    expect(widths).toHaveLength(17);
    expect(widths[0]).toBeGreaterThanOrEqual(20); // 构建人类命运共同体: nine characters, two columns each
    expect(Math.max(...widths)).toBeLessThanOrEqual(62);
  });

  it('lists every context with its file:line on the Contexts sheet', () => {
    expect(rows('Contexts')).toEqual([
      ['term', 'file:line', 'sentence'],
      ['人类命运共同体', 'corpus/wangyi.txt:14', '推动构建【人类命运共同体】'],
      ['人类命运共同体', 'corpus/wangyi.txt:40', '践行【人类命运共同体】理念'],
      ['一带一路', 'corpus/wangyi.txt:22', '高质量共建“【一带一路】”'],
      ['构建人类命运共同体', 'corpus/wangyi.txt:14', '推动【构建人类命运共同体】'],
      ['双循环', 'corpus/report.txt:3', '加快构建【双循环】新发展格局'],
    ]);
  });

  it('records corpus files, date, tool version and settings on the About sheet', () => {
    expect(rows('About')).toEqual([
      ['field', 'value'],
      ['tool', 'zhterm 0.1.0'],
      ['date', '2026-03-07'],
      ['corpus files', 'corpus/wangyi.txt'],
      ['', 'corpus/report.txt'],
      ['top', 200],
      ['tbx', 'v2'],
      ['quiet', 'false'],
    ]);
  });

  it('writes the same bytes for the same input (no wall-clock time inside)', () => {
    expect(Buffer.from(writeTermbaseXlsx(RECORDS, ABOUT)).equals(Buffer.from(written))).toBe(true);
  });
});

describe('readXlsxGlossary', () => {
  it('gives back the glossary entries of a termbase export and skips candidates without English', () => {
    const entries = readXlsxGlossary(written, 'termbase.xlsx');
    expect(withoutOrigin(entries)).toEqual(EXPECTED_ENTRIES);
    expect(entries.map((e) => e.origin)).toEqual([2, 3, 6].map((line) => ({ file: 'termbase.xlsx', line })));
  });

  const workbook = (aoa: string[][]) => {
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(aoa), 'Glossary');
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  };

  it('reads the glossary headers with lists separated by |', () => {
    const data = workbook([
      ['zh', 'en', 'en_admitted', 'en_deprecated', 'pinyin', 'domain', 'note', 'source'],
      ['一带一路', 'the Belt and Road Initiative', 'the Belt and Road | B&R', 'One Belt, One Road', '', 'economy', '', 'Xinhua'],
      [],
      ['一国两制', 'one country, two systems', '', '', 'yī guó liǎng zhì', '', 'Hong Kong, Macao', ''],
    ]);
    expect(readXlsxGlossary(data, 'g.xlsx')).toEqual([
      { zh: '一带一路', en: 'the Belt and Road Initiative', enAdmitted: ['the Belt and Road', 'B&R'], enDeprecated: ['One Belt, One Road'], domain: 'economy', source: 'Xinhua', origin: { file: 'g.xlsx', line: 2 } },
      { zh: '一国两制', en: 'one country, two systems', enAdmitted: [], enDeprecated: [], pinyin: 'yī guó liǎng zhì', note: 'Hong Kong, Macao', origin: { file: 'g.xlsx', line: 4 } },
    ]);
  });

  it('reads termbase headers in any English locale; a second English column adds admitted renderings', () => {
    const data = workbook([
      ['zh-CN', 'en-GB', 'en-GB deprecated'],
      ['以人为本', 'people-centred', 'human-oriented'],
    ]);
    expect(readXlsxGlossary(data, 'uk.xlsx')).toEqual([{ zh: '以人为本', en: 'people-centred', enAdmitted: [], enDeprecated: ['human-oriented'], origin: { file: 'uk.xlsx', line: 2 } }]);
    const both = workbook([
      ['zh-Hans', 'en-US', 'en-GB', 'en-US admitted'],
      ['以人为本', 'people-centered', 'people-centred', 'putting people first'],
      ['双循环', 'dual circulation', 'dual circulation', ''],
    ]);
    expect(readXlsxGlossary(both, 'both.xlsx').map((e) => [e.zh, e.en, e.enAdmitted])).toEqual([
      ['以人为本', 'people-centered', ['people-centred', 'putting people first']],
      ['双循环', 'dual circulation', []],
    ]);
  });

  it('refuses a column it would not read: any in the glossary layout, an English one in the termbase layout', () => {
    expect(() => readXlsxGlossary(workbook([['zh', 'en', 'en_forbidden'], ['一带一路', 'BRI', 'One Belt, One Road']]), 'g.xlsx')).toThrow(
      'g.xlsx:1: unknown column "en_forbidden" in the header of the first sheet (expected zh, en, en_admitted, en_deprecated, pinyin, domain, note, source)',
    );
    expect(() => readXlsxGlossary(workbook([['zh-CN', 'en-GB', 'en-GB forbidden', 'Definition'], ['一带一路', 'BRI', 'One Belt, One Road', '']]), 't.xlsx')).toThrow(
      't.xlsx:1: unknown column "en-GB forbidden" in the header of the first sheet (expected en-US (or another English locale), en-US admitted, en-US deprecated)',
    );
  });

  it('stops at a glossary row without English, naming file:line', () => {
    const data = workbook([['zh', 'en'], ['一带一路', 'the Belt and Road Initiative'], ['小康社会', '']]);
    expect(() => readXlsxGlossary(data, 'g.xlsx')).toThrow(new ZhtermError('g.xlsx:3: no preferred English for 小康社会', 2, 'g.xlsx', 3));
  });

  it('refuses a sheet without a zh or zh-CN column, and a file that is not a workbook', () => {
    expect(() => readXlsxGlossary(workbook([['Chinese', 'English'], ['一带一路', 'BRI']]), 'g.xlsx')).toThrow('g.xlsx:1: first sheet has neither a `zh` column (glossary) nor a `zh-CN` column (termbase)');
    expect(() => readXlsxGlossary(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]), 'bad.xlsx')).toThrow(/^bad\.xlsx: /);
  });
});
