// What learner lists say about a term beyond the hanzi: its English (or a marked dictionary gloss) and its
// HSK level. Shared by the Anki and Pleco exports.
import type { HskLevels, TermRecord } from '../types.ts';
import { hsk3Label } from './text.ts';

/** The official rendering, or null when only a dictionary gloss (or nothing) is known. */
export function englishOf(record: TermRecord): string | null {
  if (!record.en) return null;
  return record.enAdmitted.length ? `${record.en} (also: ${record.enAdmitted.join('; ')})` : record.en;
}

/** `HSK 3.0 level 4 · HSK 2.0 level 5`, or per word for a phrase: `HSK 3.0 by word: 人类 4 · 命运 5`. */
export function hskLabel(hsk: HskLevels | null | undefined): string {
  if (!hsk) return '';
  const levels = [hsk.hsk3 != null ? `HSK 3.0 level ${hsk3Label(hsk.hsk3)}` : '', hsk.hsk2 != null ? `HSK 2.0 level ${hsk.hsk2}` : ''].filter(Boolean);
  if (levels.length) return levels.join(' · ');
  if (!hsk.words?.length) return '';
  return `HSK 3.0 by word: ${hsk.words.map((w) => `${w.word} ${w.hsk3 != null ? hsk3Label(w.hsk3) : '–'}`).join(' · ')}`;
}

/** A tab or line break would end the field or the note in both formats. */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').trim();
}
