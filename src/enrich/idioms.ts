// Which four-character words are idioms (成语) or idiom-like set phrases, written AB-CD by GB/T 16159-2012:
// CC-CEDICT marks many with "(idiom)"; jieba's dictionary tags more (i idiom, l fixed expression).
import { readFileSync } from 'node:fs';
import { JIEBA_DICT_PATH } from '../segment/jieba.ts';
import { lookup } from './cedict.ts';
import { once, readDataFile } from './data-files.ts';

interface OrthographyTable {
  idiomJoiningChars: string;
  idiomTags: string[];
}

export const orthographyTable = once(() => JSON.parse(readDataFile('enrich/orthography.json')) as OrthographyTable);

/** Four-character words jieba's dictionary tags as idioms; empty when the dictionary cannot be read. */
const jiebaIdioms = once(() => {
  const tags = new Set(orthographyTable().idiomTags);
  const idioms = new Set<string>();
  let text = '';
  try {
    text = readFileSync(JIEBA_DICT_PATH, 'utf8');
  } catch {
    return idioms; // a segmenter without this dictionary: CC-CEDICT alone decides
  }
  // Lines read `word freq tag`; a regular expression over the whole file is several times faster than splitting it.
  for (const m of text.matchAll(/^(\p{Script=Han}{4}) \d+ (\w+)\r?$/gmu)) {
    if (tags.has(m[2]!)) idioms.add(m[1]!);
  }
  return idioms;
});

export function isIdiom(word: string): boolean {
  if (Array.from(word).length !== 4) return false;
  return lookup(word).some((e) => e.senses.some((s) => s.includes('(idiom)'))) || jiebaIdioms().has(word);
}

/** GB/T 16159-2012: an idiom that reads as two two-syllable halves takes a hyphen; one that does not is joined. */
export function idiomSplits(word: string): boolean {
  const [, second = '', third = ''] = Array.from(word);
  const joining = orthographyTable().idiomJoiningChars;
  return !joining.includes(second) && !joining.includes(third);
}
