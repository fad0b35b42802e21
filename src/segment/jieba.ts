// The one place zhterm talks to jieba. Everything else asks for words through these functions,
// so the segmenter can be swapped (see the scale issue) without touching the stages.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const jieba = require('nodejs-jieba') as {
  cut(text: string, hmm?: boolean): string[];
  cutSmall(text: string, maxWordLen: number): string[];
  DEFAULT_DICT: string;
};

/** Splits text into words with jieba's default dictionary and HMM for unknown words. */
export function cutWords(text: string): string[] {
  return text === '' ? [] : jieba.cut(text, true);
}

/** Splits text into dictionary words of at most `maxLen` characters (the parts of a compound). */
export function cutSmallWords(text: string, maxLen: number): string[] {
  return text === '' ? [] : jieba.cutSmall(text, maxLen);
}

/** Path of jieba's main dictionary (`word freq tag` per line): the general-Chinese reference frequencies. */
export const JIEBA_DICT_PATH: string = jieba.DEFAULT_DICT;
