// jieba's part-of-speech tags, with the corrections the extractor needs: data/extract/verbs.txt lists verbs that
// jieba's dictionary tags as adjectives, nouns or abbreviations (落实 a, 深化 j). The shape factor and the
// free-neighbour rule read verbs from the tags, so a mistagged verb made 落实全球发展倡议 a noun phrase.
import { readFileSync } from 'node:fs';
import type { GeneralFrequencies } from '../segment/index.ts';
import { tableRows } from './boundary.ts';

const VERBS_TABLE = new URL('../../data/extract/verbs.txt', import.meta.url);

let verbs: Set<string> | undefined;

/** The general frequencies with the tag of every word of verbs.txt read as v; frequencies unchanged. */
export function withTagCorrections(general: GeneralFrequencies): GeneralFrequencies {
  verbs ??= new Set(tableRows(readFileSync(VERBS_TABLE, 'utf8')).map(([word]) => word));
  const corrected = verbs;
  return { ...general, tag: (word) => (corrected.has(word) ? 'v' : general.tag(word)) };
}
