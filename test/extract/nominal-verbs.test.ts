import { describe, expect, it } from 'vitest';
import { sentencesFromText } from '../../src/corpus/index.ts';
import { addSentence, createCounts, extractFromSentences, type Counts } from '../../src/extract/index.ts';
import { nominalVerbs } from '../../src/extract/nominal-verbs.ts';
import { withTagCorrections } from '../../src/extract/tags.ts';
import { generalFrequencies } from '../../src/segment/index.ts';

function countText(text: string): Counts {
  const counts = createCounts();
  for (const s of sentencesFromText(text, 'n.txt')) addSentence(counts, s);
  return counts;
}

const tags = withTagCorrections(generalFrequencies());

// 治理 ends 3 of its 5 clauses; 构建 (a predicate) never ends one; 增长 ends 5 of 5, after an adverb each time
const GOVERNANCE =
  '完善全球治理。加强社会治理。创新基层治理。提升治理能力。推进治理体系现代化。' +
  '努力构建新发展格局。加快构建新发展格局。构建人类命运共同体。构建开放型世界经济。构建新型国际关系。' +
  '经济较快增长。居民收入较快增长。对外贸易较快增长。投资较快增长。消费较快增长。';

describe('verbs the corpus uses as nouns', () => {
  it('takes 治理 for a noun (it ends 3 of its 5 clauses), not 构建 (never) nor 增长 (after an adverb: 较快增长)', () => {
    expect(tags.tag('治理')).toBe('v');
    expect([...nominalVerbs(countText(GOVERNANCE), tags)]).toEqual(['治理']);
  });

  it('takes 增长 for a noun where no adverb comes before it (经济增长。)', () => {
    expect([...nominalVerbs(countText('促进经济增长。保持经济增长。实现经济增长。推动消费增长。带动投资增长。'), tags)]).toEqual(['增长']);
  });

  it('needs 5 occurrences to judge: 治理 ending 2 clauses of 2 stays a verb', () => {
    expect([...nominalVerbs(countText('完善全球治理。加强全球治理。'), tags)]).toEqual([]);
  });

  it('no longer holds the verb tag against a term ending in it: 全球治理 keeps shape 1', () => {
    const shapeOf = (text: string): unknown =>
      extractFromSentences(sentencesFromText(text, 'g.txt')).find((c) => c.term === '全球治理')?.measures.shape;
    expect(shapeOf('完善全球治理。加强全球治理。')).toBe(0.7);
    expect(shapeOf(GOVERNANCE + '加强全球治理。')).toBe(1);
  });
});
