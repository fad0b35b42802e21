import { describe, expect, it } from 'vitest';
import { foldClause, normalizeText, surfaceForm, toSimplified } from '../../src/corpus/normalize.ts';
import { sentencesFromText } from '../../src/corpus/index.ts';

describe('normalizeText', () => {
  it('removes quotation marks and records the quoted span in norm offsets', () => {
    expect(normalizeText('中国坚持共建“一带一路”')).toEqual({ norm: '中国坚持共建一带一路', quoted: [[6, 10]] });
  });

  it('folds traditional characters to simplified, phrase by phrase', () => {
    expect(normalizeText('堅持「一國兩制」')).toEqual({ norm: '坚持一国两制', quoted: [[2, 6]] });
    expect(normalizeText('推動構建人類命運共同體').norm).toBe('推动构建人类命运共同体');
    expect(normalizeText('乾淨的頭髮').norm).toBe('干净的头发');
  });

  it('leaves simplified text alone, even characters a Taiwan converter would change', () => {
    expect(normalizeText('取得显著成效、乾隆年间').norm).toBe('取得显著成效、乾隆年间');
  });

  it('turns full-width Latin letters and digits into ASCII', () => {
    expect(normalizeText('ＧＤＰ增长２．３％').norm).toBe('GDP增长2.3%');
  });

  it('records nested title and quotation marks, outer span first', () => {
    expect(normalizeText('《“十四五”规划纲要》')).toEqual({ norm: '十四五规划纲要', quoted: [[0, 7], [0, 3]] });
  });

  it('records ASCII quotes but not an apostrophe inside a word', () => {
    expect(normalizeText("China's \"Belt and Road\"")).toEqual({ norm: "China's Belt and Road", quoted: [[8, 21]] });
  });

  it('ignores a mark left open at the end of the clause', () => {
    expect(normalizeText('他说：“我们要坚持')).toEqual({ norm: '他说:我们要坚持', quoted: [] });
  });
});

describe('toSimplified', () => {
  it('keeps the length of the text so offsets stay aligned', () => {
    const text = '粵港澳大灣區，臺灣同胞';
    expect(toSimplified(text)).toBe('粤港澳大湾区，台湾同胞');
    expect(toSimplified(text)).toHaveLength(text.length);
  });

  it('converts a line whose only traditional characters also occur in phrase dictionaries (帶, 臺, 於)', () => {
    expect(normalizeText('共建「一帶一路」').norm).toBe('共建一带一路');
    expect(toSimplified('臺灣問題')).toBe('台湾问题');
    expect(toSimplified('致力於和平')).toBe('致力于和平');
  });

  it('leaves simplified text alone', () => {
    expect(toSimplified('显著成效，干部作风')).toBe('显著成效，干部作风');
  });
});

describe('surfaceForm', () => {
  const [sentence] = sentencesFromText('中国坚持共建“一带一路”', 'a.txt');

  it('gives the quoted form when the span stood inside the marks', () => {
    expect(surfaceForm(sentence, 6, 10)).toBe('“一带一路”');
  });

  it('closes a mark that opens inside the span', () => {
    expect(surfaceForm(sentence, 4, 10)).toBe('共建“一带一路”');
  });

  it('gives the traditional form as written', () => {
    const [s] = sentencesFromText('推動構建人類命運共同體', 'a.txt');
    expect(s.norm.slice(4)).toBe('人类命运共同体');
    expect(surfaceForm(s, 4, 11)).toBe('人類命運共同體');
  });

  it('takes the surface of unquoted spans as they are', () => {
    expect(surfaceForm(sentence, 0, 2)).toBe('中国');
  });
});

describe('foldClause', () => {
  it('uses a simplified text passed by the caller', () => {
    expect(foldClause('「一帶一路」', '「一带一路」')).toEqual({ norm: '一带一路', quoted: [[0, 4]] });
  });
});
