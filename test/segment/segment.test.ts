import { describe, expect, it } from 'vitest';
import { cutWords, parseDictionary, segmentRuns } from '../../src/segment/index.ts';

describe('cutWords', () => {
  it('cuts with jieba, splitting most set phrases into words', () => {
    expect(cutWords('同各国携手构建人类命运共同体')).toEqual(['同', '各国', '携手', '构建', '人类', '命运', '共同体']);
    expect(cutWords('')).toEqual([]);
  });
});

describe('segmentRuns', () => {
  it('gives each word its offset in the clause', () => {
    expect(segmentRuns('同各国携手构建人类命运共同体')).toEqual([
      { words: ['同', '各国', '携手', '构建', '人类', '命运', '共同体'], starts: [0, 1, 3, 5, 7, 9, 11] },
    ]);
  });

  it('cuts separately on each side of a quoted span, so the span starts and ends on word edges', () => {
    const runs = segmentRuns('推进高质量共建一带一路', [7, 11]);
    expect(runs).toEqual([{ words: ['推进', '高质量', '共建', '一带', '一路'], starts: [0, 2, 5, 7, 9] }]);
  });

  it('ends a run at punctuation and spaces', () => {
    expect(segmentRuns('中方 支持(2021)').map((r) => r.words)).toEqual([['中方'], ['支持'], ['2021']]);
  });
});

describe('parseDictionary', () => {
  it('reads `word freq tag` lines, summing the frequencies', () => {
    const dict = parseDictionary('一带 4254 n\n一路 2921 m\n多边主义 3\n\nbad line\n');
    expect(dict.freq('一带')).toBe(4254);
    expect(dict.tag('一路')).toBe('m');
    expect(dict.tag('多边主义')).toBe('');
    expect(dict.freq('一带一路')).toBe(0);
    expect(dict.total).toBe(4254 + 2921 + 3);
    expect(dict.size).toBe(3);
  });
});
