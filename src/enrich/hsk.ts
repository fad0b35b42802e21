// HSK levels (resources/lexicons/hsk, MIT): HSK 3.0 (1–7, 7 standing for the 7–9 band) and HSK 2.0 (1–6).
import type { HskLevels } from '../types.ts';
import { once, readDataFile, tableRows } from './data-files.ts';

interface Levels {
  hsk3: number | null;
  hsk2: number | null;
}

const hskTable = once(() => {
  const table = new Map<string, Levels>();
  const level = (field: string | undefined) => (field ? Number(field) : null);
  for (const [word = '', hsk3, hsk2] of tableRows(readDataFile('lexicons/hsk/hsk-levels.tsv'))) {
    table.set(word, { hsk3: level(hsk3), hsk2: level(hsk2) });
  }
  return table;
});

/**
 * The levels of the term when it is an HSK word; otherwise null at the top and the levels of each of its
 * words (jieba's words); null when neither the term nor any of its words is in either list.
 */
export function hskLevels(simplified: string, words: string[]): HskLevels | null {
  const table = hskTable();
  const own = table.get(simplified);
  if (own) return { ...own };
  if (words.length < 2) return null;
  const perWord = words.map((word) => ({ word, ...(table.get(word) ?? { hsk3: null, hsk2: null }) }));
  if (perWord.every((w) => w.hsk3 === null && w.hsk2 === null)) return null;
  return { hsk3: null, hsk2: null, words: perWord };
}
