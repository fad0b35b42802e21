// The project's pinyin corrections (resources/enrich/pinyin-corrections.tsv): readings of domain vocabulary that
// pinyin-pro gets wrong in context and CC-CEDICT cannot settle (it lists several readings, or none).
import { once, readDataFile, tableRows } from './data-files.ts';
import { isNumberedSyllable } from './syllables.ts';

/** A phrase's reading: one numbered syllable per character (capital = proper name), e.g. 一行 → ["yi1", "xing2"]. */
export interface Correction {
  syllables: string[];
  /**
   * Where the phrase's orthographic words begin (offsets after the first), when the row divides it with `|`
   * (澳人治澳 "Ao4 ren2 | zhi4 | Ao4" → [2, 3]): a division neither jieba nor CC-CEDICT gives.
   */
  wordStarts?: number[];
}

export type Corrections = Map<string, Correction>;

export function parseCorrections(text: string, file = 'pinyin-corrections.tsv'): Corrections {
  const table: Corrections = new Map();
  for (const [phrase = '', reading = ''] of tableRows(text)) {
    const tokens = reading.trim().split(/\s+/);
    const syllables = tokens.filter((t) => t !== '|');
    if (syllables.length !== Array.from(phrase).length || !syllables.every(isNumberedSyllable)) {
      throw new Error(`${file}: ${phrase}: the reading "${reading}" needs one numbered syllable per character`);
    }
    const wordStarts = tokens.flatMap((t, i) => (t === '|' ? [i - tokens.slice(0, i).filter((x) => x === '|').length] : []));
    table.set(phrase, wordStarts.length > 0 ? { syllables, wordStarts } : { syllables });
  }
  return table;
}

export const defaultCorrections = once(() => parseCorrections(readDataFile('enrich/pinyin-corrections.tsv')));
