import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentencesFromText } from '../../src/corpus/index.ts';
import { addSentence, createCounts, rankCounts } from '../../src/extract/index.ts';
import { precutWords, smallCutFrom } from '../../src/extract/small-cuts.ts';

function countsOf(text: string) {
  const counts = createCounts();
  for (const s of sentencesFromText(text, 'p.txt')) addSentence(counts, s);
  return counts;
}

describe('small cuts made beforehand by a counting thread', () => {
  it('cuts every counted word of 3+ characters at 2 characters, and from 5 characters also at its length − 2', () => {
    // jieba: 中|俄|全面|战略|协作|伙伴关系 / 完全符合|国际法 / 帮助|发展中国家
    expect(precutWords(countsOf('中俄全面战略协作伙伴关系。完全符合国际法。帮助发展中国家。'))).toEqual([
      ['2 伙伴关系', ['伙伴', '关系']],
      ['2 完全符合', ['完全', '符合']],
      ['2 国际法', ['国际', '法']],
      ['2 发展中国家', ['发展', '中', '国家']],
      ['3 发展中国家', ['发展', '中', '国家']],
    ]);
  });

  it('answers from the cuts it was given, and asks jieba for the others', () => {
    const cut = smallCutFrom([['2 国际法', ['国际法']]]);
    expect(cut('国际法', 2)).toEqual(['国际法']);
    expect(cut('完全符合', 2)).toEqual(['完全', '符合']);
  });

  it('holds every cut that ranking asks for, and ranks exactly as jieba cutting while ranking does', () => {
    // …and two phrases ending in a word of 5 characters, which split-words.ts cuts at 3
    const text = `${readFileSync(new URL('../fixtures/extract/press-excerpt.txt', import.meta.url), 'utf8')}\n支持广大发展中国家。帮助广大发展中国家。`;
    const withJieba = rankCounts(countsOf(text));
    const counts = countsOf(text);
    const precut = precutWords(counts);
    const given = new Set(precut.map(([key]) => key));
    const fromPrecut = smallCutFrom(precut);
    const asked = new Set<string>();
    const notGiven: string[] = [];
    const cutSmall = (word: string, maxLen: number): string[] => {
      asked.add(`${maxLen} ${word}`);
      if (!given.has(`${maxLen} ${word}`)) notGiven.push(word);
      return fromPrecut(word, maxLen);
    };
    const withPrecut = rankCounts(counts, { cutSmall });
    expect(notGiven).toEqual([]);
    expect(asked.has('3 发展中国家')).toBe(true);
    expect(withPrecut.length).toBeGreaterThan(50);
    expect(withPrecut).toEqual(withJieba);
  });
});
