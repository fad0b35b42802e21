// jieba's small cuts (cutSmall: a word cut into dictionary words of at most N characters) that ranking asks
// for: the parts of a long word (shape.ts, N = 2) and the two parts of a compound (split-words.ts, N = length − 2).
// jieba's dictionary takes ≈ 0.6 s to load. Counting threads have it loaded, so with workers they make the cuts
// of their vocabulary and send them with their counts: ranking on the main thread then never loads it.
import type { Counts } from './counts.ts';
import { findNgram } from './counts.ts';
import { cutSmallWords } from '../segment/index.ts';

/** Cuts `word` into dictionary words of at most `maxLen` characters. */
export type SmallCut = (word: string, maxLen: number) => string[];

/** A cut made beforehand: [`${maxLen} ${word}`, parts]. */
export type PrecutWord = [string, string[]];

/**
 * The cuts ranking will ask for, for every word of 3+ characters that has a count of its own (only such words
 * become single-word candidates or end a counted phrase): at 2 characters, and at length − 2 from 5 characters
 * (for 4, length − 2 is 2).
 */
export function precutWords(counts: Counts): PrecutWord[] {
  const cuts: PrecutWord[] = [];
  counts.vocab.forEach((word, id) => {
    if (word.length < 3 || findNgram(counts, [id]) < 0) return;
    cuts.push([key(word, 2), cutSmallWords(word, 2)]);
    if (word.length >= 5) cuts.push([key(word, word.length - 2), cutSmallWords(word, word.length - 2)]);
  });
  return cuts;
}

/** A SmallCut that answers from cuts made beforehand, and asks jieba for any other. */
export function smallCutFrom(precut: Iterable<PrecutWord>): SmallCut {
  const known = new Map(precut);
  return (word, maxLen) => known.get(key(word, maxLen)) ?? cutSmallWords(word, maxLen);
}

/** jieba itself. */
export const jiebaSmallCut: SmallCut = cutSmallWords;

function key(word: string, maxLen: number): string {
  return `${maxLen} ${word}`;
}
