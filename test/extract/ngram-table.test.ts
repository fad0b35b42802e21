import { describe, expect, it } from 'vitest';
import { NgramTable, hashIds } from '../../src/extract/ngram-table.ts';

describe('NgramTable.retain', () => {
  it('keeps the chosen entries in order, findable, with their counters', () => {
    const table = new NgramTable();
    const grams = [[1], [1, 2], [2], [2, 3], [3]];
    grams.forEach((ids, k) => (table.count[table.intern(ids, 0, ids.length, hashIds(ids, 0, ids.length))] = k + 1));
    table.retain((e) => table.count[e] % 2 === 1);
    expect(table.size).toBe(3);
    expect([0, 1, 2].map((e) => [Array.from(table.ids(e)), table.count[e]])).toEqual([[[1], 1], [[2], 3], [[3], 5]]);
    expect(table.find([2, 3], 0, 2, hashIds([2, 3], 0, 2))).toBe(-1);
    expect(table.find([3], 0, 1, hashIds([3], 0, 1))).toBe(2);
  });
});
