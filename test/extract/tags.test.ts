import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/segment/index.ts';
import { withTagCorrections } from '../../src/extract/tags.ts';

describe('withTagCorrections', () => {
  const general = withTagCorrections(parseDictionary('落实 3000 a\n深化 2000 j\n建设 9000 vn\n改革 5000 vn\n'));

  it('reads the verbs of data/extract/verbs.txt as v, whatever jieba tags them', () => {
    expect(['落实', '深化'].map((w) => general.tag(w))).toEqual(['v', 'v']);
  });

  it('keeps the other tags and every frequency', () => {
    expect(['建设', '改革', '未知'].map((w) => general.tag(w))).toEqual(['vn', 'vn', '']);
    expect([general.freq('落实'), general.total, general.size]).toEqual([3000, 19000, 4]);
  });
});
