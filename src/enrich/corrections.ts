// The project's pinyin corrections (resources/enrich/pinyin-corrections.tsv): readings of domain vocabulary that
// pinyin-pro gets wrong in context and CC-CEDICT cannot settle (it lists several readings, or none).
import { once, readDataFile, tableRows } from './data-files.ts';
import { isNumberedSyllable } from './syllables.ts';

/** Phrase → one numbered syllable per character (capital = proper name), e.g. 一行 → ["yi1", "xing2"]. */
export type Corrections = Map<string, string[]>;

export function parseCorrections(text: string, file = 'pinyin-corrections.tsv'): Corrections {
  const table: Corrections = new Map();
  for (const [phrase = '', reading = ''] of tableRows(text)) {
    const syllables = reading.trim().split(/\s+/);
    if (syllables.length !== Array.from(phrase).length || !syllables.every(isNumberedSyllable)) {
      throw new Error(`${file}: ${phrase}: the reading "${reading}" needs one numbered syllable per character`);
    }
    table.set(phrase, syllables);
  }
  return table;
}

export const defaultCorrections = once(() => parseCorrections(readDataFile('enrich/pinyin-corrections.tsv')));
