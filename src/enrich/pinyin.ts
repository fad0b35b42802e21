// A term's pinyin in GB/T 16159-2012 orthography, with tone marks and with tone numbers.
import type { Segment } from './analyse.ts';
import { groupWords } from './orthography.ts';
import { applyToneSandhi } from './sandhi.ts';
import { spellMarked, spellNumbered, type SpelledWord } from './spell.ts';
import { stripToneMarks } from './syllables.ts';

export interface PinyinOptions {
  /** Spoken tones of 一 and 不 (yí dài yí lù) instead of citation tones (default false). */
  toneSandhi?: boolean;
  /** Tone marks left out of `pinyin` (Xi'an); `pinyinNumbers` keeps its numbers (default false). */
  toneless?: boolean;
}

export interface TermPinyin {
  pinyin: string;
  pinyinNumbers: string;
}

export function termPinyin(segments: Segment[], options: PinyinOptions = {}): TermPinyin {
  const marked: string[] = [];
  const numbered: string[] = [];
  for (const segment of segments) {
    if (segment.kind === 'other') {
      // Punctuation only separates words; a symbol sticks to the word before it (互联网+ → Hùliánwǎng+); anything
      // else (5G, APEC) is written as it stands.
      const text = segment.text.trim();
      if (text === '' || /^[\p{P}\s]+$/u.test(text)) continue;
      if (/^\p{S}+$/u.test(text) && marked.length > 0 && segment.text === text) {
        marked[marked.length - 1] += text;
        numbered[numbered.length - 1] += text;
      } else {
        marked.push(text);
        numbered.push(text);
      }
      continue;
    }
    const { chars, capital } = segment.reading;
    const syllables = options.toneSandhi ? (applyToneSandhi(chars, segment.reading.syllables) as string[]) : segment.reading.syllables;
    for (const word of groupWords(segment.reading)) {
      const spelled: SpelledWord = {
        syllables: syllables.slice(word.start, word.end),
        capital: word.capital ?? capital[word.start] ?? false,
        hyphens: (word.hyphens ?? []).map((at) => at - word.start),
      };
      marked.push(spellMarked(spelled));
      numbered.push(spellNumbered(spelled));
    }
  }
  const pinyin = marked.join(' ');
  return { pinyin: options.toneless ? stripToneMarks(pinyin) : pinyin, pinyinNumbers: numbered.join(' ') };
}
