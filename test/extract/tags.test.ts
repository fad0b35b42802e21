import { describe, expect, it } from 'vitest';
import { parseDictionary } from '../../src/segment/index.ts';
import { withTagCorrections } from '../../src/extract/tags.ts';

describe('withTagCorrections', () => {
  const general = withTagCorrections(parseDictionary('落实 3000 a\n深化 2000 j\n全面 8000 n\n建设 9000 vn\n改革 5000 vn\n'));

  it('reads the tags of resources/extract/tags.txt in place of jieba’s: verbs as v, 全面 as an adverbial adjective, bound morphemes, attributives', () => {
    expect(['落实', '深化', '全面', '侧', '超', '率', '基本'].map((w) => general.tag(w))).toEqual(['v', 'v', 'ad', 'n', 'b', 'n', 'b']);
  });

  it('keeps the other tags and every frequency', () => {
    expect(['建设', '改革', '未知'].map((w) => general.tag(w))).toEqual(['vn', 'vn', '']);
    expect([general.freq('落实'), general.total, general.size]).toEqual([3000, 27000, 5]);
  });
});
