import { describe, expect, it } from 'vitest';
import { displayWidth, formatTable, formatTsv } from '../../src/extract/format.ts';
import type { Candidate } from '../../src/types.ts';

const candidate: Candidate = {
  term: '一带一路',
  forms: ['“一带一路”', '“一帶一路”'],
  freq: 19,
  docFreq: 1,
  score: 16.667,
  measures: {},
  first: { file: 'wangyi.txt', line: 30 },
  contexts: [{ file: 'wangyi.txt', line: 30, text: '推进高质量共建“【一带一路】”' }],
};

describe('formatters', () => {
  it('counts East Asian characters as two columns', () => {
    expect(displayWidth('一带一路')).toBe(8);
    expect(displayWidth('G20峰会')).toBe(7);
  });

  it('writes TSV with a header, |-separated forms and contexts', () => {
    expect(formatTsv([candidate])).toBe(
      'term\tfreq\tdocFreq\tscore\tforms\tfirst\tcontexts\n一带一路\t19\t1\t16.667\t“一带一路”|“一帶一路”\twangyi.txt:30\t推进高质量共建“【一带一路】”\n',
    );
  });

  it('aligns the table on display width', () => {
    expect(formatTable([candidate, { ...candidate, term: '中国', freq: 136, score: 2.5 }])).toBe(
      [
        '#  term      freq  docs  score  context',
        '1  一带一路    19     1  16.67  推进高质量共建“【一带一路】”',
        '2  中国       136     1   2.50  推进高质量共建“【一带一路】”',
        '',
      ].join('\n'),
    );
    expect(formatTable([])).toBe('');
  });
});
