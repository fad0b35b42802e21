import { describe, expect, it } from 'vitest';
import { NOT_FIRST, NOT_LAST, canBeHead, edgeBits, frames, framesComplete, isClauseMarker, isCount, isNumeral, parseEdgeTable } from '../../src/extract/boundary.ts';

const BOTH = NOT_FIRST | NOT_LAST;

describe('edge words', () => {
  it.each([
    ['的', BOTH],
    ['了', BOTH],
    ['和', BOTH],
    ['与', BOTH],
    ['是', BOTH],
    ['在', BOTH],
    ['对', BOTH],
    ['把', BOTH],
    ['被', BOTH],
    ['我们', BOTH],
    ['这些', BOTH],
    ['各国', BOTH],
    ['我国', BOTH], // "our country", a possessive before the term: 我国|社会主要矛盾
    ['有何', BOTH], // jieba's HMM word for 有 + interrogative 何 (有何评价)
    ['时', BOTH], // the postposition "when": 在…大会上的讲话时 (时代, 时期 are words of their own)
    ['到', BOTH], // the preposition "until" (到|目前为止) or a complement (意识|到)
    ['上', NOT_LAST], // the postposition "on" (会议上, 推特上)
    ['显示', BOTH], // a reporting verb: 数据|显示, 调查|显示
    ['会见', BOTH], // news protocol: 习近平|会见
    ['领域', NOT_FIRST], // closes a frame (在…领域|合作) and ends terms (重点领域)
    ['将', NOT_LAST],
    ['等', NOT_LAST],
    ['以', NOT_LAST],
    ['不', NOT_LAST],
    ['一带', 0],
    ['命运', 0],
    ['共同体', 0],
  ])('%s → %i', (word, bits) => {
    expect(edgeBits(word)).toBe(bits);
  });

  it('refuses bare numbers, years and counts at both edges', () => {
    for (const w of ['2021', '十四', '第三', '一个', '三次', '两国', '多个', '八大', '年']) expect(edgeBits(w)).toBe(BOTH);
  });

  it('tells numerals from counts', () => {
    expect(isNumeral('十四五')).toBe(true);
    expect(isNumeral('一带')).toBe(false);
    expect(isCount('一个')).toBe(true);
    expect(isCount('多边')).toBe(false);
    expect(isCount('一路')).toBe(false);
  });
});

describe('parseEdgeTable', () => {
  it('reads one word a line, with an optional start/end column and # comments', () => {
    const table = parseEdgeTable('# comment\n的\n以\tend\n自\tstart\n\n');
    expect([...table]).toEqual([
      ['的', BOTH],
      ['以', NOT_LAST],
      ['自', NOT_FIRST],
    ]);
  });
});

describe('clause markers and heads', () => {
  it('knows words that make a clause of a word sequence', () => {
    expect(isClauseMarker('是')).toBe(true);
    expect(isClauseMarker('了')).toBe(true);
    expect(isClauseMarker('的')).toBe(false);
  });

  it('takes nouns and unknown words as heads, not adverbs, pronouns or attributives', () => {
    expect(canBeHead('n')).toBe(true);
    expect(canBeHead('')).toBe(true);
    expect(canBeHead('d')).toBe(false);
    expect(canBeHead('r')).toBe(false);
    expect(canBeHead('b')).toBe(false); // 公共, 国有: attributive only (基本公共 is a piece of 基本公共服务)
  });
});

describe('frames', () => {
  it('reads the frames table: 以…为 closes, 变…为 may stand open', () => {
    expect(frames()).toContainEqual({ opener: '以', closer: '为', open: false });
    expect(frames()).toContainEqual({ opener: '变', closer: '为', open: true });
  });

  it('accepts a word sequence only with the words of a frame in order', () => {
    // ids: 0 以, 1 人民, 2 为, 3 中心, 4 实际行动, 5 变; 以 needs 为 after it, 为 needs 以 or 变 before it
    const closerOf = Int32Array.from([2, -1, -1, -1, -1, -1]);
    const openersOf = new Map([[2, [0, 5]]]);
    expect(framesComplete([0, 1, 2, 3], openersOf, closerOf)).toBe(true); // 以人民为中心
    expect(framesComplete([5, 1, 2, 3], openersOf, closerOf)).toBe(true); // 变…为…
    expect(framesComplete([5, 1], openersOf, closerOf)).toBe(true); // 变 stands on its own
    expect(framesComplete([0, 4], openersOf, closerOf)).toBe(false); // 以实际行动
    expect(framesComplete([1, 2, 3], openersOf, closerOf)).toBe(false); // 人民为中心
    expect(framesComplete([2, 1, 0], openersOf, closerOf)).toBe(false); // the wrong order
    expect(framesComplete([1, 3, 4], openersOf, closerOf)).toBe(true); // no frame word
  });
});
