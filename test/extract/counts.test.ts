import { describe, expect, it } from 'vitest';
import { sentencesFromText } from '../../src/corpus/index.ts';
import {
  addSentence,
  createCounts,
  deserializeCounts,
  lookup,
  mergeCounts,
  pruneCounts,
  pruneForRanking,
  rankCandidates,
  serializeCounts,
  type Counts,
} from '../../src/extract/index.ts';
import { ZhtermError } from '../../src/errors.ts';

const TEXT = '共建“一带一路”。高质量共建一带一路。一带一路倡议。';

function countText(text: string, file = 'a.txt', counts: Counts = createCounts()): Counts {
  for (const s of sentencesFromText(text, file)) addSentence(counts, s);
  return counts;
}

function column(counts: Counts, words: string[]) {
  const e = lookup(counts, words);
  const t = counts.table;
  return e < 0 ? null : { count: t.count[e], docFreq: t.docFreq[e], leftEdge: t.leftEdge[e], rightEdge: t.rightEdge[e], quoted: t.quoted[e] };
}

describe('addSentence', () => {
  it('counts word n-grams with clause edges, documents and quoted spans', () => {
    // 共建/一带/一路 · 高质量/共建/一带/一路 · 一带/一路/倡议
    const c = countText(TEXT);
    expect([c.tokens, c.sentences, c.documents]).toEqual([10, 3, 1]);
    expect(column(c, ['一带', '一路'])).toEqual({ count: 3, docFreq: 1, leftEdge: 1, rightEdge: 2, quoted: 1 });
    expect(column(c, ['共建', '一带', '一路'])).toEqual({ count: 2, docFreq: 1, leftEdge: 1, rightEdge: 2, quoted: 0 });
    expect(column(c, ['高质量', '共建', '一带', '一路'])).toEqual({ count: 1, docFreq: 1, leftEdge: 1, rightEdge: 1, quoted: 0 });
    expect(column(c, ['一路', '高质量'])).toBeNull(); // never across a clause boundary
  });

  it('counts the occurrences that cross the edge of a quotation, not those that hold it or lie in it', () => {
    const c = countText('我们反对搞“疫苗民族主义”，共建“一带一路”倡议');
    const crossing = (words: string[]) => c.table.crossing[lookup(c, words)];
    expect(crossing(['搞', '疫苗'])).toBe(1); // begins before the opening mark, ends inside
    expect(crossing(['疫苗', '民族主义'])).toBe(0); // the whole quotation
    expect(crossing(['搞', '疫苗', '民族主义'])).toBe(0); // holds it
    expect(crossing(['共建', '一带'])).toBe(1);
    expect(crossing(['共建', '一带', '一路'])).toBe(0);
    expect(crossing(['一路', '倡议'])).toBe(1); // begins inside, ends after the closing mark
    expect(crossing(['一带', '一路', '倡议'])).toBe(0);
  });

  it('counts a word sequence once per document toward docFreq', () => {
    const c = createCounts();
    for (const s of [...sentencesFromText(TEXT, 'a.txt'), ...sentencesFromText('一带一路', 'b.txt')]) addSentence(c, s);
    expect(column(c, ['一带', '一路'])).toMatchObject({ count: 4, docFreq: 2 });
    expect(c.documents).toBe(2);
  });

  it('counts one word more than the longest candidate, within the character limit', () => {
    const c = countText('推动构建人类命运共同体', 'a.txt', createCounts({ maxTokens: 2 }));
    expect(column(c, ['推动', '构建', '人类'])).toMatchObject({ count: 1 });
    expect(column(c, ['推动', '构建', '人类', '命运'])).toBeNull();
  });
});

describe('mergeCounts', () => {
  it('gives the same counts and the same ranking as one run over everything', () => {
    const parts = ['共建“一带一路”。高质量共建一带一路。', '一带一路倡议。携手构建人类命运共同体。', '构建人类命运共同体，共建一带一路。'];
    const whole = createCounts();
    parts.forEach((p, i) => countText(p, `doc${i}.txt`, whole));
    const merged = countText(parts[0], 'doc0.txt');
    mergeCounts(merged, countText(parts[1], 'doc1.txt'));
    mergeCounts(merged, countText(parts[2], 'doc2.txt'));
    expect([merged.tokens, merged.sentences, merged.documents, merged.table.size]).toEqual([whole.tokens, whole.sentences, whole.documents, whole.table.size]);
    expect(column(merged, ['共建', '一带', '一路'])).toEqual(column(whole, ['共建', '一带', '一路']));
    expect(rankCandidates(merged)).toEqual(rankCandidates(whole));
  });

  it('refuses counts made with other limits', () => {
    expect(() => mergeCounts(createCounts(), createCounts({ maxTokens: 4 }))).toThrow(ZhtermError);
  });
});

describe('serializeCounts / deserializeCounts', () => {
  it('round-trips every counter', () => {
    const c = countText(TEXT);
    const back = deserializeCounts(serializeCounts(c));
    expect([back.tokens, back.sentences, back.documents, back.table.size, back.vocab]).toEqual([c.tokens, c.sentences, c.documents, c.table.size, c.vocab]);
    expect(column(back, ['一带', '一路'])).toEqual(column(c, ['一带', '一路']));
    expect(rankCandidates(back, { minFreq: 1 })).toEqual(rankCandidates(c, { minFreq: 1 }));
  });

  it('names the file when the bytes are not counts', () => {
    expect(() => deserializeCounts(new TextEncoder().encode('一带一路一带一路'), 'shard.counts')).toThrow('shard.counts: not a zhterm counts file');
    const bytes = serializeCounts(countText(TEXT));
    expect(() => deserializeCounts(bytes.slice(0, bytes.length - 8), 'shard.counts')).toThrow(/shard\.counts: damaged counts file/);
  });
});

describe('pruning', () => {
  it('drops n-grams seen fewer times than the floor and records the floor', () => {
    const c = countText(TEXT);
    pruneCounts(c, 2);
    expect(column(c, ['一带', '一路'])).toMatchObject({ count: 3 });
    expect(column(c, ['高质量', '共建'])).toBeNull();
    expect(c.pruneFloor).toBe(2);
  });

  it('prunes by itself when the table outgrows maxEntries', () => {
    const c = countText(TEXT + '携手构建人类命运共同体。', 'a.txt', createCounts({ maxEntries: 20 }));
    expect(c.table.size).toBeLessThanOrEqual(20);
    expect(c.pruneFloor).toBeGreaterThanOrEqual(2);
    expect(column(c, ['一带', '一路'])).toMatchObject({ count: 3 });
  });

  it('starts an n-gram first seen after pruning from zero (the table is compacted in place)', () => {
    const c = countText(TEXT);
    pruneCounts(c, 2);
    countText('推动高质量发展。', 'b.txt', c);
    expect(column(c, ['推动', '高质量', '发展'])).toEqual({ count: 1, docFreq: 1, leftEdge: 1, rightEdge: 1, quoted: 0 });
    expect(column(c, ['一带', '一路'])).toMatchObject({ count: 3, docFreq: 1 });
  });

  it('leaves exact counts alone before ranking', () => {
    const c = countText(TEXT, 'a.txt', createCounts({ maxEntries: 20 }));
    const size = c.table.size;
    expect(c.pruneFloor).toBe(1);
    pruneForRanking(c);
    expect(c.table.size).toBe(size);
    expect(column(c, ['高质量', '共建'])).toMatchObject({ count: 1 });
  });

  it('prunes a table that has pruned and grown past half its budget again before ranking', () => {
    const c = countText(TEXT, 'a.txt', createCounts({ maxEntries: 20 }));
    pruneCounts(c, 2);
    expect(c.table.size).toBe(6);
    countText('高质量共建一带一路。推动高质量发展。', 'b.txt', c);
    expect(c.table.size).toBe(15);
    expect(column(c, ['高质量', '共建'])).toMatchObject({ count: 1 });
    pruneForRanking(c);
    expect(c.table.size).toBeLessThanOrEqual(10);
    expect(column(c, ['一带', '一路'])).toMatchObject({ count: 4 });
    // seen once before the first prune, so dropped then: 2 of its 3 occurrences are counted
    expect(column(c, ['高质量'])).toMatchObject({ count: 2 });
    expect(column(c, ['高质量', '共建'])).toBeNull();
  });
});
