import { describe, expect, it } from 'vitest';
import { sentencesFromText } from '../../src/corpus/index.ts';
import { addSentence, createCounts, extractFromSentences, lookup } from '../../src/extract/index.ts';
import { splitWordOccurrences } from '../../src/extract/split-words.ts';
import { cutWords } from '../../src/segment/index.ts';

const TEXT = '中俄是全面战略协作伙伴。推进中俄全面战略协作伙伴关系。';

describe('occurrences that jieba cut inside a word', () => {
  it('counts 全面战略协作伙伴 as a string: once on its own, once inside 伙伴关系', () => {
    expect(cutWords('中俄是全面战略协作伙伴')).toEqual(['中', '俄', '是', '全面', '战略', '协作', '伙伴']);
    expect(cutWords('推进中俄全面战略协作伙伴关系')).toEqual(['推进', '中', '俄', '全面', '战略', '协作', '伙伴关系']);
    const counts = createCounts();
    for (const s of sentencesFromText(TEXT, 'p.txt')) addSentence(counts, s);
    const split = splitWordOccurrences(counts);
    const e = lookup(counts, ['全面', '战略', '协作', '伙伴']);
    expect([counts.table.count[e], split.extra[e]]).toEqual([1, 1]);
    expect(split.neighbours.filter((x) => x.entry === e)).toEqual([{ entry: e, rest: '关系', count: 1 }]);
  });

  it('proposes the phrase and drops the stump that only ever stood before 伙伴', () => {
    expect(extractFromSentences(sentencesFromText(TEXT, 'p.txt')).map((c) => `${c.term}:${c.freq}`)).toEqual(['全面战略协作伙伴:2', '中俄:2']);
  });

  it('keeps the rest of the word as the neighbour, so a piece always followed by it stays a fragment', () => {
    const text = '完善基本公共服务。推进基本公共服务。提升基本公共服务。加强基本公共服务。';
    expect(cutWords('完善基本公共服务')).toEqual(['完善', '基本', '公共服务']);
    expect(extractFromSentences(sentencesFromText(text, 'q.txt')).map((c) => `${c.term}:${c.freq}`)).toEqual(['基本公共服务:4']);
  });
});
