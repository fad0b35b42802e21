import { describe, expect, it } from 'vitest';
import { branchingEntropy, cValue, normalizedEntropy, npmi, rarity } from '../../src/extract/measures.ts';

describe('npmi', () => {
  it('is 1 when the parts only occur together, 0 when independent, -1 when never together', () => {
    expect(npmi(5, 5, 5, 1000)).toBeCloseTo(1, 10);
    expect(npmi(1, 10, 100, 1000)).toBeCloseTo(0, 10);
    expect(npmi(0, 10, 10, 1000)).toBe(-1);
  });
});

describe('branching entropy', () => {
  it('is ln f when every neighbour differs and 0 when one neighbour always follows', () => {
    expect(branchingEntropy(4, 0)).toBeCloseTo(Math.log(4), 10);
    expect(branchingEntropy(4, 4 * Math.log(4))).toBeCloseTo(0, 10);
    // neighbours 2 + 1 + 1: −(½ ln ½ + 2 · ¼ ln ¼)
    expect(branchingEntropy(4, 2 * Math.log(2))).toBeCloseTo(1.0397, 4);
    expect(branchingEntropy(1, 0)).toBe(0);
    expect(branchingEntropy(43, 43 * Math.log(43))).toBe(0); // one neighbour, not 1e-16
    expect(normalizedEntropy(4, 2 * Math.log(2))).toBeCloseTo(0.75, 10);
  });
});

describe('cValue', () => {
  it('subtracts the mean frequency of the longer candidates that contain the term', () => {
    // 命运共同体 ×8 inside 人类命运共同体 ×3 and 中阿命运共同体 ×1
    expect(cValue(5, 8, 4, 2)).toBeCloseTo(Math.log2(6) * 6, 10);
    expect(cValue(7, 3, 0, 0)).toBeCloseTo(Math.log2(8) * 3, 10);
    expect(cValue(4, 3, 9, 3)).toBe(0);
  });
});

describe('rarity', () => {
  it('is −ln of the smoothed general probability', () => {
    expect(rarity(99, 1000)).toBeCloseTo(-Math.log(0.1), 10);
    expect(rarity(0, 1000)).toBeCloseTo(Math.log(1000), 10);
  });
});
