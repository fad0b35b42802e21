import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { FORMAT_NAMES, FORMATTERS, isFormatName } from '../../src/export/index.ts';
import { writeAnki } from '../../src/export/anki.ts';
import { writeCsv } from '../../src/export/csv.ts';
import { writeJson } from '../../src/export/json.ts';
import { writePleco } from '../../src/export/pleco.ts';
import { RECORDS } from './records.ts';

describe('formatter map', () => {
  it('names every format once, each with its own file', () => {
    expect(FORMAT_NAMES).toEqual(['xlsx', 'tbx', 'csv', 'json', 'anki', 'pleco']);
    expect(new Set(Object.values(FORMATTERS).map((f) => f.fileName)).size).toBe(FORMAT_NAMES.length);
    expect(isFormatName('tbx')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });
});

describe('writeCsv', () => {
  const csv = writeCsv(RECORDS);

  it('starts with a UTF-8 byte-order mark and has the termbase columns', () => {
    expect(csv.startsWith('\uFEFFzh-CN,zh-CN pinyin,zh-TW,zh-HK,en-US,en-US admitted,en-US deprecated,status,')).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows).toHaveLength(1 + RECORDS.length);
    expect(rows[2].slice(0, 8)).toEqual(['一带一路', 'yīdài-yīlù', '一帶一路', '一帶一路', 'the Belt and Road Initiative', 'the Belt and Road', 'One Belt, One Road; OBOR', 'glossary']);
    expect(rows[2][14]).toBe('Say "the Belt and Road", never "OBOR".');
  });

  it('defuses cells that a spreadsheet would run as formulas with a leading apostrophe', () => {
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[5].slice(4, 6)).toEqual(["'-dual circulation", `'=HYPERLINK("http://example.com")`]);
    expect(rows[5][13]).toBe("'@mfa_china");
    expect(rows[5][11]).toBe('0.1');
  });

  it('quotes a cell with a lone line break (an Alt+Enter in a glossary note), so the row stays whole', () => {
    const withBreak = [{ ...RECORDS[2]!, note: 'Preferred since 2017.\nOlder: community of common destiny' }];
    const text = writeCsv(withBreak);
    expect(text).toContain('"Preferred since 2017.\nOlder: community of common destiny"');
    expect((parse(text, { bom: true }) as string[][])[1]![14]).toBe('Preferred since 2017.\nOlder: community of common destiny');
  });
});

describe('writeJson', () => {
  it('writes the merged records unchanged', () => {
    expect(JSON.parse(writeJson(RECORDS))).toEqual(JSON.parse(JSON.stringify(RECORDS)));
  });
});

describe('writeAnki', () => {
  const lines = writeAnki(RECORDS).split('\n');

  it('starts with the header lines Anki reads', () => {
    expect(lines.slice(0, 7)).toEqual(['#separator:tab', '#html:true', '#notetype:Basic', '#columns:Front\tBack\tTags', '#deck:zhterm', '#tags:zhterm', '#tags column:3']);
    expect(writeAnki(RECORDS, { deck: 'Politics::Terms', tags: ['zh', 'gov'] }).split('\n').slice(4, 6)).toEqual(['#deck:Politics::Terms', '#tags:zh gov']);
  });

  it('puts the hanzi on the front and pinyin, traditional, English, HSK and an example on the back', () => {
    expect(lines[7].split('\t')).toEqual([
      '人类命运共同体',
      '<div class="pinyin">rénlèi mìngyùn gòngtóngtǐ</div><div class="traditional">人類命運共同體</div><div class="english">a community with a shared future for mankind (also: a community with a shared future for humanity)</div><div class="hsk">HSK 3.0 by word: 人类 4 · 命运 5 · 共同体 7–9</div><div class="example">推动构建<b>人类命运共同体</b></div>',
      'glossary domain::diplomacy',
    ]);
  });

  it('marks a dictionary gloss as a gloss when there is no official English, and escapes HTML', () => {
    const [, back] = lines[9].split('\t');
    expect(back).toContain('<div class="gloss"><i>gloss:</i> to construct; humanity; destiny; community</div>');
    expect(back).not.toContain('class="english"');
    expect(lines[8]).toContain('<div class="example">高质量共建“<b>一带一路</b>”</div>');
    expect(lines[11].split('\t')[2]).toBe('glossary HSK3::5');
    expect(lines).toHaveLength(7 + RECORDS.length + 1);
    expect(lines.at(-1)).toBe('');
  });
});

describe('writePleco', () => {
  it('writes simplified[traditional], tone-number pinyin and a definition under category lines', () => {
    expect(writePleco(RECORDS).split('\n')).toEqual([
      '// zhterm/glossary',
      '人类命运共同体[人類命運共同體]\tren2lei4 ming4yun4 gong4tong2ti3\ta community with a shared future for mankind (also: a community with a shared future for humanity) (avoid: a community of common destiny)',
      '一带一路[一帶一路]\tyi1dai4 yi1lu4\tthe Belt and Road Initiative (also: the Belt and Road) (avoid: One Belt, One Road; OBOR)',
      '双循环[雙循環]\tshuang1 xun2huan2\t-dual circulation (also: =HYPERLINK("http://example.com"))',
      '// zhterm/candidates',
      '构建人类命运共同体[構建人類命運共同體]\tgou4jian4 ren2lei4 ming4yun4 gong4tong2ti3\t(gloss) to construct; humanity; destiny; community',
      '网络安全[網絡安全]\twang3luo4 an1quan2\t(gloss) network; safety',
      '',
    ]);
  });

  it('writes the traditional characters Pleco lists (Taiwan standard: 為, 群), never OpenCC’s old forms (爲, 羣)', () => {
    const record = { ...RECORDS[0]!, zh: '以人民为中心', hant: '以人民爲中心', tw: '以人民為中心', hk: '以人民爲中心' };
    expect(writePleco([record]).split('\n')[1]!.split('\t')[0]).toBe('以人民为中心[以人民為中心]');
    expect(writeAnki([record])).toContain('<div class="traditional">以人民為中心</div>');
  });

  it('writes pinyin as Pleco reads it: syllables apart, neutral tone as 5', () => {
    const record = { ...RECORDS[0], zh: '真正的多边主义', hant: '真正的多邊主義', pinyinNumbers: 'zhen1zheng4 de0 duo1bian1-zhu3yi4' };
    expect(writePleco([record]).split('\n')[1]).toBe('真正的多边主义[真正的多邊主義]\tzhen1zheng4 de5 duo1bian1 zhu3yi4\ta community with a shared future for mankind (also: a community with a shared future for humanity) (avoid: a community of common destiny)');
  });

  it('leaves the pinyin empty when it holds digits or Latin letters Pleco would read as syllables', () => {
    const fields = (zh: string, pinyinNumbers: string) => writePleco([{ ...RECORDS[0], zh, hant: zh, pinyinNumbers }]).split('\n')[1]!.split('\t').slice(0, 2);
    expect(fields('12308热线', '12308 re4xian4')).toEqual(['12308热线', '']);
    expect(fields('政务APP', 'zheng4wu4 APP')).toEqual(['政务APP', '']);
    expect(fields('港人治港', 'Gang3ren2 zhi4 Gang3')).toEqual(['港人治港', 'Gang3ren2 zhi4 Gang3']);
  });

  it('leaves out the bracket when the traditional form is the same', () => {
    const record = { ...RECORDS[3], zh: '安全', hant: '安全', pinyinNumbers: 'an1quan2', gloss: 'safe' };
    expect(writePleco([record], { category: 'Politics' })).toBe('// Politics/candidates\n安全\tan1quan2\t(gloss) safe\n');
  });
});
