// Which four-character words are idioms (成语) or idiom-like set phrases, written AB-CD by GB/T 16159-2012:
// CC-CEDICT marks many with "(idiom)"; jieba's dictionary tags more (i idiom, l fixed expression).
import { readFileSync } from 'node:fs';
import { JIEBA_DICT_PATH } from '../segment/jieba.ts';
import { lookup } from './cedict.ts';
import { once, readDataFile } from './data-files.ts';
import { isCapitalised } from './syllables.ts';

interface OrthographyTable {
  idiomJoiningChars: string;
  idiomJoiningSecond: string;
  idiomTags: string[];
  setPhraseTags: string[];
  numerals: string;
  geographicGenerics: Record<string, string>;
  particles: string;
  suffixes: string;
  measureWords: string;
}

export const orthographyTable = once(() => JSON.parse(readDataFile('enrich/orthography.json')) as OrthographyTable);

/** Tags of the four-character idioms and fixed expressions in jieba's dictionary; empty when it cannot be read. */
const jiebaTags = once(() => {
  const { idiomTags, setPhraseTags } = orthographyTable();
  const wanted = new Set([...idiomTags, ...setPhraseTags]);
  const tags = new Map<string, string>();
  let text = '';
  try {
    text = readFileSync(JIEBA_DICT_PATH, 'utf8');
  } catch {
    return tags; // a segmenter without this dictionary: CC-CEDICT alone decides
  }
  // Lines read `word freq tag`; a regular expression over the whole file is several times faster than splitting it.
  for (const m of text.matchAll(/^(\p{Script=Han}{4}) \d+ (\w+)\r?$/gmu)) {
    if (wanted.has(m[2]!)) tags.set(m[1]!, m[2]!);
  }
  return tags;
});

/**
 * A four-character idiom: so marked by CC-CEDICT, or tagged so in jieba's dictionary, whose idiom tag also
 * covers thousands of ordinary phrases (相互支持, 重大成就, 当今世界): jieba's tag is believed only when the word
 * is not two common dictionary words side by side.
 */
export function isIdiom(word: string): boolean {
  const chars = Array.from(word);
  if (chars.length !== 4) return false;
  if (lookup(word).some((e) => e.senses.some((s) => s.includes('(idiom)')))) return true;
  if (!orthographyTable().idiomTags.includes(jiebaTags().get(word) ?? '')) return false;
  return !(isCommonWord(chars.slice(0, 2).join('')) && isCommonWord(chars.slice(2).join('')));
}

/** A word CC-CEDICT lists with a lower-case reading (中心, 扩散; not the place name 长治). */
export function isCommonWord(word: string): boolean {
  return lookup(word).some((e) => !e.syllables.some(isCapitalised));
}

/** A four-character fixed expression in jieba's dictionary (长此以往, 一国两制, but also 重要讲话). */
export function isSetPhrase(word: string): boolean {
  return orthographyTable().setPhraseTags.includes(jiebaTags().get(word) ?? '');
}

/** GB/T 16159-2012: an idiom that reads as two two-syllable halves takes a hyphen; one that does not is joined. */
export function idiomSplits(word: string): boolean {
  const [, second = '', third = ''] = Array.from(word);
  const { idiomJoiningChars, idiomJoiningSecond } = orthographyTable();
  return !idiomJoiningChars.includes(second) && !idiomJoiningChars.includes(third) && !idiomJoiningSecond.includes(second);
}
