// Stand-in for src/segment/jieba.ts that cuts with @node-rs/jieba, for measuring the effect of the
// segmenter on `npm run eval` (use-node-rs-jieba.mjs swaps it in). cutSmallWords and the reference
// dictionary stay nodejs-jieba's: only the main segmentation changes.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): { cut(s: string, hmm: boolean): string[] } } };
const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
const nodejs = require('nodejs-jieba') as { cutSmall(text: string, maxWordLen: number): string[]; DEFAULT_DICT: string };
const jieba = Jieba.withDict(dict);

export function cutWords(text: string): string[] {
  return text === '' ? [] : jieba.cut(text, true);
}

export function cutSmallWords(text: string, maxLen: number): string[] {
  return text === '' ? [] : nodejs.cutSmall(text, maxLen);
}

export const JIEBA_DICT_PATH: string = nodejs.DEFAULT_DICT;
