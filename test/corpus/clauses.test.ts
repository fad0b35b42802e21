import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../src/corpus/clauses.ts';

// Lines are NFKC-normalized before splitting, as readSentences does.
const split = (line: string): string[] => splitClauses(line.normalize('NFKC'));

describe('splitClauses', () => {
  it('cuts at Chinese clause punctuation and keeps quotation marks inside the clause', () => {
    expect(split('推进高质量共建“一带一路”，助力世界经济早日复苏，共同应对气候变化等全球挑战。')).toEqual([
      '推进高质量共建“一带一路”',
      '助力世界经济早日复苏',
      '共同应对气候变化等全球挑战',
    ]);
  });

  it('cuts at enumeration commas, semicolons, colons, question and exclamation marks', () => {
    expect(split('弘扬和平、发展、公平、正义；记者：您如何看待？好！')).toEqual(['弘扬和平', '发展', '公平', '正义', '记者', '您如何看待', '好']);
  });

  it('cuts at brackets, so an abbreviation in parentheses is its own clause', () => {
    expect(split('中国国际进口博览会（进博会）【新华社】〔2020〕')).toEqual(['中国国际进口博览会', '进博会', '新华社', '2020']);
  });

  it('cuts at ellipses and double dashes but not at a single dash joining names', () => {
    expect(split('我们要……坚持——中国—东盟自由贸易区')).toEqual(['我们要', '坚持', '中国—东盟自由贸易区']);
    expect(split('他说...好--对')).toEqual(['他说', '好', '对']);
  });

  it('keeps decimals, thousands separators and times whole', () => {
    expect(split('ＧＤＰ增长２．３％，达到1,000亿元，10:30开会。')).toEqual(['GDP增长2.3%', '达到1,000亿元', '10:30开会']);
  });

  it('cuts at spaces next to Chinese text but not between Latin words', () => {
    expect(split('习近平　李克强 出席 Belt and Road Forum')).toEqual(['习近平', '李克强', '出席', 'Belt and Road Forum']);
  });

  it('does not cut at title marks or middle dots', () => {
    expect(split('《中华人民共和国香港特别行政区维护国家安全法》，蓬佩奥·迈克')).toEqual(['《中华人民共和国香港特别行政区维护国家安全法》', '蓬佩奥·迈克']);
  });

  it('drops empty clauses', () => {
    expect(split('，，。  ')).toEqual([]);
  });
});
