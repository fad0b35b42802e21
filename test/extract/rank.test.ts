import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentencesFromText } from '../../src/corpus/index.ts';
import { edgeBits, NOT_FIRST, NOT_LAST } from '../../src/extract/boundary.ts';
import { extractFromSentences } from '../../src/extract/index.ts';
import { cutWords } from '../../src/segment/index.ts';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/extract/${name}`, import.meta.url), 'utf8');

describe('nested terms', () => {
  it('keeps 人类命运共同体, 命运共同体 and 构建人类命运共同体 on evidence and drops the fragments', () => {
    const text = '我们推动构建人类命运共同体。各国携手构建人类命运共同体。打造中阿命运共同体。建设中非命运共同体。弘扬人类命运共同体理念。人类命运共同体是方向。';
    const terms = extractFromSentences(sentencesFromText(text, 'b.txt')).map((c) => c.term);
    expect(terms).toEqual(['人类命运共同体', '命运共同体', '构建人类命运共同体']);
  });

  it('lists a string jieba cut two ways once, with the occurrences of both cuts and its contexts', () => {
    expect(cutWords('实现互利共赢')).toEqual(['实现', '互利', '共赢']);
    expect(cutWords('奉行互利共赢的开放战略')).toEqual(['奉行', '互利', '共', '赢', '的', '开放', '战略']);
    const text = '实现互利共赢。\n促进互利共赢。\n奉行互利共赢的开放战略。\n坚持互利共赢的开放战略。';
    const found = extractFromSentences(sentencesFromText(text, 'w.txt')).filter((c) => c.term === '互利共赢');
    expect(found.map((c) => [c.freq, c.docFreq, c.contexts.length])).toEqual([[4, 1, 3]]);
  });

  it('folds traditional characters into the simplified term and keeps the surface forms', () => {
    const [first] = extractFromSentences(sentencesFromText(fixture('traditional.txt') + '推进共建“一带一路”', 't.txt'));
    expect(first.term).toBe('一带一路');
    expect(first.forms).toEqual(['“一带一路”', '“一帶一路”']); // as often each: code-point order
  });
});

describe('boundaries', () => {
  it('drops an n-gram seen mostly across the edge of a quotation (推出“中国), keeps the quotation and what holds it', () => {
    const text = '外交部将推出“中国领事”应用程序。\n商务部推出“中国制造”新标准。\n我们还将推出“中国方案”。\n推出“中国领事”客户端。';
    expect(extractFromSentences(sentencesFromText(text, 'q.txt')).map((c) => c.term)).toEqual(['中国领事', '推出中国领事', '中国']);
  });

  it('never starts a term with the postposition 时 ("when"): 重要讲话, not 时的重要讲话', () => {
    const text = '习近平在联合国大会发表讲话时的重要讲话精神。学习总书记考察时的重要讲话。深入学习视察时的重要讲话。';
    expect(extractFromSentences(sentencesFromText(text, 'r.txt')).map((c) => `${c.term}:${c.freq}`)).toEqual(['重要讲话:3', '学习:2']);
  });

  const terms = (text: string): string[] => extractFromSentences(sentencesFromText(text, 'c.txt')).map((c) => `${c.term}:${c.freq}`);

  it('keeps the frame 以…为 whole: 以人民为中心, but 实际行动 rather than 以实际行动 ("by concrete action")', () => {
    expect(cutWords('他们以实际行动兑现承诺')).toEqual(['他们', '以', '实际行动', '兑现', '承诺']);
    expect(terms('坚持以人民为中心。始终以人民为中心。我们将以实际行动支持。他们以实际行动兑现承诺。')).toEqual(['实际行动:2', '以人民为中心:2']);
  });

  it('refuses a word that jieba made up with the postposition 上 at its end (推特上)', () => {
    expect(cutWords('特朗普在推特上表示不满')).toEqual(['特朗普', '在', '推特上', '表示', '不满']);
    expect(terms('特朗普在推特上表示不满。他随后在推特上发文。总统在推特上写道。')).toEqual([]);
  });

  it('keeps a function word that jieba cut off a word (碳中|和), and drops the stump', () => {
    expect(terms('实现碳达峰碳中和。力争碳中和。推动碳中和目标。碳中和愿景。落实碳中和。')).toEqual(['碳中和:4']);
  });

  it('lets a modal 可 start a phrase that a general dictionary lists whole (可|持续|发展 in CC-CEDICT)', () => {
    expect(cutWords('走可持续发展之路')).toEqual(['走', '可', '持续', '发展', '之路']);
    expect(terms('推动可持续发展。实现可持续发展目标。走可持续发展之路。')).toEqual(['可持续发展:3']);
  });

  it('lets a small numeral open a name, and never proposes years, counts or truncated numbers', () => {
    const text =
      '编制国民经济和社会发展第十四个五年规划。审议国民经济和社会发展第十四个五年规划。2021年是开局之年。2021年经济增长。' +
      '一个中国原则是基础。恪守一个中国原则。坚持一个中国原则。实施“八大行动”。推进“八大行动”。Public domain。Public domain。';
    const found = terms(text);
    expect(found).toContain('一个中国原则:3');
    expect(found).toContain('八大行动:2');
    for (const bad of ['2021年:2', '2021:2', '国民经济和社会发展第十四个:2', 'Public:2', 'Public domain:2']) expect(found).not.toContain(bad);
  });

  it('lets 未来 open a term as an attributive (未来产业), never end one, and never proposes the time adverbial before a count (未来五年)', () => {
    const found = terms('培育未来产业。布局未来产业。未来五年任务艰巨。未来五年是关键时期。发展未来产业。');
    expect(found).toContain('未来产业:3');
    for (const bad of ['未来五年:2', '未来:5']) expect(found).not.toContain(bad);
  });

  it('reads verbs that jieba tags otherwise as verbs (落实 a, 深化 j): the noun phrase after them is their object', () => {
    const text = '落实全球发展倡议、全球安全倡议。我们落实全球发展倡议、全球安全倡议。深化医药卫生体制改革。继续深化医药卫生体制改革。';
    expect(terms(text)).toEqual(['医药卫生体制改革:2', '深化医药卫生体制改革:2', '全球发展倡议:2', '全球安全倡议:2', '落实全球发展倡议:2', '倡议:4', '全球:4']);
  });

  it('never proposes a form of address: jieba cuts 同志|们 and 朋友|们', () => {
    expect(cutWords('同志们，朋友们')).toEqual(['同志', '们', '，', '朋友', '们']);
    const text = '同志们，朋友们！我们要全面建成小康社会。同志们，朋友们！全面建成小康社会是目标。';
    const found = terms(text);
    expect(found[0]).toBe('全面建成小康社会:2');
    for (const bad of ['同志们:2', '朋友们:2', '同志们朋友们:2']) expect(found).not.toContain(bad);
  });
});

describe('free neighbours', () => {
  const found = (text: string): unknown[] => extractFromSentences(sentencesFromText(text, 'f.txt')).map((c) => [c.term, c.freq, c.measures.entropyLeft]);

  it('does not glue words across a cut by a rare dictionary word: 同|发展中国家 is no 同发 (7 in jieba), so 同 is a free neighbour', () => {
    expect(found('加强同发展中国家合作。深化同发展中国家团结。帮助发展中国家。')).toEqual([['发展中国家', 3, 1.099]]);
  });

  it('takes no bound morpheme that jieba tags as a verb for a free neighbour: 供给|侧|结构性改革, 超|长期|特别国债', () => {
    expect(cutWords('推进供给侧结构性改革')).toEqual(['推进', '供给', '侧', '结构性', '改革']);
    const text = '深化供给侧结构性改革。推进供给侧结构性改革。以供给侧结构性改革为主线。拟发行超长期特别国债。安排超长期特别国债。用好超长期特别国债。';
    expect((found(text) as [string, number][]).map(([term, freq]) => `${term}:${freq}`)).toEqual(['供给侧结构性改革:3', '超长期特别国债:3']);
  });

  it('takes two dictionary words side by side for jieba’s choice, not a word cut in two: 维护|国家主权 is no 护国', () => {
    const text = '我们的目的是维护国家主权、安全、发展利益。根本宗旨是维护国家主权、安全、发展利益。我们坚决维护国家主权、安全、发展利益。坚定捍卫国家主权、安全、发展利益。';
    // 维护 (a verb) and 捍卫 are free neighbours: the left entropy of 国家主权 is that of four distinct ones, ln 4
    expect(found(text)).toEqual([
      ['发展利益', 4, 1.386],
      ['国家主权', 4, 1.386],
      ['维护国家主权', 3, 1.099],
      ['安全', 4, 1.386],
    ]);
  });

  it('takes an adverb after a phrase for the start of its predicate, not for the rest of a longer term: 中国式现代化|全面推进, 生活水平|不断提高', () => {
    const text = '以中国式现代化全面推进强国建设。为以中国式现代化全面推进强国建设而团结奋斗。城乡居民生活水平不断提高。农村居民生活水平不断改善。';
    const entropyRight = (term: string): unknown =>
      extractFromSentences(sentencesFromText(text, 'f.txt')).find((c) => c.term === term)?.measures.entropyRight;
    // 全面 (read as ad) and 不断 (d) each follow twice: a free neighbour counts as distinct, ln 2
    expect([entropyRight('中国式现代化'), entropyRight('生活水平')]).toEqual([0.693, 0.693]);
  });

  it('takes a word that opens most of its clauses (中方, 3 of 5) for a subject, not for the start of a longer term', () => {
    const text = '中方愿意合作。中方始终支持。中方坚决反对。希望印方与中方相向而行。希望美方与中方相向而行。';
    expect(found(text)).toEqual([
      ['相向而行', 2, 0.693],
      ['中方相向而行', 2, 0.693],
      ['中方', 5, 1.609],
    ]);
  });
});

describe('C-value', () => {
  it('takes no occurrences from a conjunct: 国际法 keeps all 4 although 国际法和国际关系基本准则 holds 2', () => {
    const found = extractFromSentences(sentencesFromText('遵守国际法和国际关系基本准则。违反国际法。维护国际法。恪守国际法和国际关系基本准则。', 'k.txt'));
    expect(found.map((c) => [c.term, c.freq, c.measures.cvalue])).toEqual([
      ['国际关系基本准则', 2, 6.34],
      ['国际法和国际关系基本准则', 2, 7.401],
      ['国际法', 4, 8],
    ]);
  });
});

describe('termhood of single words', () => {
  it('measures a rare three-character compound outside HSK (党中央, 国际法) by the length factor of four characters', () => {
    const found = extractFromSentences(sentencesFromText('拥护党中央。维护党中央权威。遵守国际法。违反国际法。坚持独立自主。奉行独立自主。', 'r.txt'));
    // 党中央 (a name, nt) differs from 独立自主 by its rarity only; 国际法 (a common noun, n) also by the common-word factor
    expect(found.map((c) => [c.term, c.score])).toEqual([
      ['独立自主', 3.826],
      ['党中央', 3.823],
      ['国际法', 2.261],
    ]);
  });

  it('does not count a four-character set phrase in the HSK lists (独立自主) as everyday vocabulary', () => {
    const found = extractFromSentences(sentencesFromText('坚持独立自主。维护长治久安。奉行独立自主的政策。实现长治久安。', 'h.txt'));
    expect(found.map((c) => [c.term, c.score])).toEqual([
      ['独立自主', 3.826],
      ['长治久安', 3.826],
    ]);
  });
});

describe('candidates on the excerpt', () => {
  const candidates = extractFromSentences(sentencesFromText(fixture('press-excerpt.txt'), 'press-excerpt.txt'));

  it('ranks the set phrases first', () => {
    expect(candidates.slice(0, 4).map((c) => [c.term, c.freq])).toEqual([
      ['一带一路', 10],
      ['多边主义', 15],
      ['人类命运共同体', 3],
      ['习近平主席', 3],
    ]);
  });

  it('gives the first location and up to 3 contexts with the term marked', () => {
    const c = candidates.find((x) => x.term === '人类命运共同体')!;
    expect(c.first).toEqual({ file: 'press-excerpt.txt', line: 3 });
    expect(c.contexts).toHaveLength(3);
    expect(c.contexts[0]).toEqual({ file: 'press-excerpt.txt', line: 3, text: '同各国携手构建【人类命运共同体】' });
  });

  it('never lets a function word, particle, pronoun or bare number stand at an edge', () => {
    for (const c of candidates) {
      const words = cutWords(c.term);
      expect(edgeBits(words[0]) & NOT_FIRST, c.term).toBe(0);
      expect(edgeBits(words[words.length - 1]) & NOT_LAST, c.term).toBe(0);
    }
  });
});

describe('the bundled corpus', () => {
  it('has no fragment and no function-word edge in its top 20', () => {
    const text = readFileSync(new URL('../../data/wangyi-2021-press-conference.zh.txt', import.meta.url), 'utf8');
    const top = extractFromSentences(sentencesFromText(text, 'wangyi.txt'), { top: 20 });
    const terms = top.map((c) => c.term);
    expect(terms).toHaveLength(20);
    for (const fragment of ['带一路', '人类命运', '国际社', '一带', '命运共同']) expect(terms).not.toContain(fragment);
    for (const c of top) {
      const words = cutWords(c.term);
      expect(edgeBits(words[0]) & NOT_FIRST, c.term).toBe(0);
      expect(edgeBits(words[words.length - 1]) & NOT_LAST, c.term).toBe(0);
    }
  });
});
