import { describe, expect, it } from 'vitest';
import { ZhMatcher } from '../../src/check/match/zh.ts';
import { normalizeTerm } from '../../src/glossary/normalize.ts';

const TERMS = ['一带一路', '共产党', '中国共产党', '人类命运共同体', '命运共同体', '改革开放', '深化改革', '中国', '巴西', '联合国', '关税', '台湾', '北京'];
const matcher = new ZhMatcher(TERMS.map(normalizeTerm));
const found = (text: string): [string, string][] => matcher.find(text).map((h) => [TERMS[h.term]!, h.surface]);

describe('Chinese matcher', () => {
  it.each<[string, [string, string][]]>([
    ['推进“一带一路”建设', [['一带一路', '“一带一路”']]],
    ['推進「一帶一路」建設', [['一带一路', '「一帶一路」']]],
    ['中国共产党第二十次全国代表大会', [['中国共产党', '中国共产党']]],
    ['他是共产党员', []],
    ['这是共产党的领导', [['共产党', '共产党']]],
    ['构建人类命运共同体', [['人类命运共同体', '人类命运共同体']]],
    ['打造网络空间命运共同体', [['命运共同体', '命运共同体']]],
    ['坚持改革开放不动摇', [['改革开放', '改革开放']]],
    // jieba reads 全面/深化改革/开放: of the two overlapping terms, the one on word boundaries is kept
    ['全面深化改革开放', [['深化改革', '深化改革']]],
    ['发展中国家的利益', []],
    ['中国和巴西', [['中国', '中国'], ['巴西', '巴西']]],
    ['飞往巴西利亚', []],
    ['第七十二届联合国大会', [['联合国', '联合国']]],
    // compounds that jieba keeps as one word but whose pieces are words of their own
    ['降低进口关税', [['关税', '关税']]],
    ['告台湾同胞书', [['台湾', '台湾']]],
    ['北京市政府发布', [['北京', '北京']]],
    // a term glued to a one-character affix is part of another word
    ['实行零关税', []],
    ['在北京市举行', []],
    ['ＷＴＯ与中国', [['中国', '中国']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives offsets in the original text', () => {
    const [hit] = matcher.find('我们说“一帶一路”');
    expect(hit).toMatchObject({ start: 4, end: 8, quoted: true, surface: '“一帶一路”' });
  });
});
