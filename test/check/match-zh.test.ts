import { describe, expect, it } from 'vitest';
import { ZhMatcher } from '../../src/check/match/zh.ts';
import { normalizeTerm } from '../../src/glossary/normalize.ts';

const TERMS = ['一带一路', '共产党', '中国共产党', '人类命运共同体', '命运共同体', '改革开放', '深化改革', '中国', '巴西', '联合国', '关税', '台湾', '北京', '中拉', '人权', '党中央', '美国', '奥运会', '两岸', '国务院', '脱欧', '广东'];
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
    // …except a place name with its division's ending: 北京市 is Beijing, 广东省 is Guangdong
    ['在北京市举行', [['北京', '北京']]],
    ['访问广东省', [['广东', '广东']]],
    ['ＷＴＯ与中国', [['中国', '中国']]],
    // a single character of the term glued to the dictionary word beside it: no hit
    ['反对派需要从独立议员中拉拢一些人', []],
    ['确保当事人权益', []],
    ['越南共产党中央委员会总书记', []],
    ['深化中拉合作', [['中拉', '中拉']]],
    ['尊重和保障人权', [['人权', '人权']]],
    // …but not to a word jieba's HMM made up (脱|欧下)
    ['无协议脱欧下英国药品供应情况仍不明朗', [['脱欧', '脱欧']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    // a place or organisation that begins an institution's name
    ['美国环保局周三宣布', '美国', '美国环保局'],
    ['美国国家飓风中心称', '美国', '美国国家飓风中心'],
    // a term right after a place name
    ['2012年伦敦奥运会金牌获得者', '奥运会', '伦敦奥运会'],
    ['塞纳河两岸的居民', '两岸', '塞纳河两岸'],
    // not names: a place used as an adjective, China's own institutions, a title
    ['美国经济增长放缓', '美国', undefined],
    ['中国国务院发布', '国务院', undefined],
    ['美国总统特朗普', '美国', undefined],
  ])('%s: %s is part of the name %s', (text, term, name) => {
    const hit = matcher.find(text).find((h) => TERMS[h.term] === term);
    expect(hit?.name).toBe(name);
  });

  it('gives offsets in the original text', () => {
    const [hit] = matcher.find('我们说“一帶一路”');
    expect(hit).toMatchObject({ start: 4, end: 8, quoted: true, surface: '“一帶一路”' });
  });
});
