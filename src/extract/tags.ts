// jieba's part-of-speech tags, with the corrections of resources/extract/tags.txt: verbs that jieba's dictionary tags as
// adjectives, nouns or abbreviations (落实 a, 深化 j), an adverb tagged as a noun (全面). The shape factor and the
// free-neighbour rule read verbs and adverbs from the tags, so a mistagged verb made 落实全球发展倡议 a noun phrase.
import { readFileSync } from 'node:fs';
import type { GeneralFrequencies } from '../segment/index.ts';
import { tableRows } from './boundary.ts';

const TAGS_TABLE = new URL('../../resources/extract/tags.txt', import.meta.url);

let corrections: Map<string, string> | undefined;

/** The general frequencies with the tags of resources/extract/tags.txt in place of jieba's; frequencies unchanged. */
export function withTagCorrections(general: GeneralFrequencies): GeneralFrequencies {
  corrections ??= new Map(tableRows(readFileSync(TAGS_TABLE, 'utf8')).map(([word, tag]) => [word, tag]));
  const corrected = corrections;
  return { ...general, tag: (word) => corrected.get(word) ?? general.tag(word) };
}
