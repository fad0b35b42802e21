// Writes orthographic words as tone-mark pinyin (Xī'ān, chángzhì-jiǔ'ān, yīdiǎnr) and as tone numbers
// (Xi1an1, chang2zhi4-jiu3an1, yi1dianr3).
import { baseOf, capitalise, isNumberedSyllable, toMarked, toneOf } from './syllables.ts';

export interface SpelledWord {
  /** Lower-case numbered syllables, one per character; "r5" is the erhua suffix. */
  syllables: string[];
  capital: boolean;
  /** Indices into `syllables` before which a hyphen stands. */
  hyphens?: number[];
}

export function spellMarked(word: SpelledWord): string {
  return spell(word, (syllable, first) => {
    const marked = toMarked(syllable);
    // GB/T 16159-2012: an apostrophe before a, o, e when the syllable does not begin the word.
    return !first && /^[aoe]/.test(marked.normalize('NFD')) ? `'${marked}` : marked;
  }, (previous) => `${previous}r`);
}

export function spellNumbered(word: SpelledWord): string {
  return spell(word, (syllable) => syllable, (previous) => `${baseOf(previous)}r${toneOf(previous)}`);
}

function spell(word: SpelledWord, write: (syllable: string, first: boolean) => string, erhua: (previous: string) => string): string {
  const parts: string[] = [];
  word.syllables.forEach((syllable, i) => {
    const hyphen = word.hyphens?.includes(i) ?? false;
    const first = i === 0 || hyphen;
    if (syllable === 'r5' && !first && parts.length > 0) {
      parts[parts.length - 1] = erhua(parts[parts.length - 1]!);
      return;
    }
    // A character no source could read is written as it stands.
    const text = isNumberedSyllable(syllable) ? write(syllable, first) : syllable;
    parts.push((hyphen ? '-' : '') + text);
  });
  // A proper name capitalises each hyphenated part: Zhōng-Měi, Jīng-Jīn-Jì.
  const text = parts.join('');
  return word.capital ? text.split('-').map(capitalise).join('-') : text;
}
