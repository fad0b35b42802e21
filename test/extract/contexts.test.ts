import { describe, expect, it } from 'vitest';
import { markContext } from '../../src/extract/contexts.ts';

describe('markContext', () => {
  it('marks the term in its sentence', () => {
    const text = '推动构建人类命运共同体';
    expect(markContext(text, 4, 11)).toBe('推动构建【人类命运共同体】');
  });

  it('never splits a pair of quotation or title marks', () => {
    const text = '我们要共建“一带一路”，推进合作';
    // 共建一带一路 was counted from 共建“一带一路: the closing mark joins it
    expect(markContext(text, 3, 10)).toBe('我们要【共建“一带一路”】，推进合作');
    // a term wholly inside the quotation keeps the marks outside
    expect(markContext(text, 6, 10)).toBe('我们要共建“【一带一路】”，推进合作');
    // a quotation that closes inside the term: the opening mark joins it
    expect(markContext('“一带一路”建设成果丰硕', 1, 8)).toBe('【“一带一路”建设】成果丰硕');
  });
});
