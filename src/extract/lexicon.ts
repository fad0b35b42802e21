// Lexicalization evidence from general Chinese: a string that a general dictionary lists as one headword
// (CC-CEDICT's 可持续发展, 可持续) is a unit of the language, not a free combination. Consulted only while
// ranking, never in the counting loop; CC-CEDICT is loaded once, by the enrich stage's loader.
import { cedict } from '../enrich/cedict.ts';

/** Whether CC-CEDICT lists `word` (simplified) as a headword. */
export function isDictionaryHeadword(word: string): boolean {
  return cedict().has(word);
}
