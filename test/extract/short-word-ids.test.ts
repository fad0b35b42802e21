import { describe, expect, it } from 'vitest';
import { ShortWordIds } from '../../src/extract/short-word-ids.ts';

describe('ShortWordIds', () => {
  it('finds the ids of one- and two-character words, and nothing for longer or unknown ones', () => {
    const index = new ShortWordIds();
    index.set('和', 0);
    index.set('一带', 1);
    index.set('一路', 2);
    index.set('共同体', 3);
    expect(['和', '一带', '一路', '带一', '共同体', '的', ''].map((w) => index.get(w))).toEqual([0, 1, 2, -1, -1, -1, -1]);
  });

  it('keeps every id as it grows', () => {
    const index = new ShortWordIds();
    const words = Array.from({ length: 20_000 }, (_, k) => String.fromCharCode(0x4e00 + (k % 500), 0x4e00 + Math.floor(k / 500)));
    words.forEach((w, id) => index.set(w, id));
    expect(words.every((w, id) => index.get(w) === id)).toBe(true);
  });
});
