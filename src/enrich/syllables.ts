// Pinyin syllables in the two spellings zhterm writes: tone numbers ("lü4", "Xi1", neutral tone 5)
// and tone marks ("lǜ", "Xī"), and the conversion from tone-mark words back to tone numbers.
import { convert } from 'pinyin-pro';
import { once, readDataFile } from './data-files.ts';

/** A syllable with its tone number: "zhong1", "Xi1", "lü4", "de5"; "r5" is the erhua suffix. */
export type NumberedSyllable = string;

const NUMBERED = /^([A-Za-zÜü]+)([1-5])$/;

export function isNumberedSyllable(s: string): boolean {
  return NUMBERED.test(s);
}

export function toneOf(syllable: NumberedSyllable): number {
  return Number(syllable.slice(-1));
}

/** The letters without the tone number. */
export function baseOf(syllable: NumberedSyllable): string {
  return syllable.replace(/[1-5]$/, '');
}

export function isCapitalised(syllable: string): boolean {
  return /^[A-ZÜ]/.test(syllable);
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "lü4" → "lǜ", "lüe4" → "lüè", "Xi1" → "Xī", "de5" → "de" (pinyin-pro places the mark; it wants lower case, v for ü). */
export function toMarked(syllable: NumberedSyllable): string {
  const tone = toneOf(syllable);
  const base = baseOf(syllable);
  if (tone === 5) return base;
  const marked = convert(base.toLowerCase().replace(/ü/g, 'v') + tone, { format: 'numToSymbol' }).replace(/v/g, 'ü');
  return isCapitalised(base) ? capitalise(marked) : marked;
}

const TONE_MARKS: Record<string, number> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** Removes the tone marks and keeps ü: "Xī'ān lǜsè" → "Xi'an lüse". */
export function stripToneMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0304\u0301\u030c\u0300]/g, '')
    .normalize('NFC');
}

const SYLLABLES = once(() => new Set(readDataFile('enrich/syllables.txt').split('\n').filter((l) => l !== '' && !l.startsWith('#'))));
const LONGEST_SYLLABLE = 6;

/**
 * Splits one tone-marked word into numbered syllables: "Rénlèi" → ["Ren2", "lei4"], "Xī'ān" → ["Xi1", "an1"],
 * "yīdiǎnr" → ["yi1", "dianr3"]. Returns null when the word is not pinyin.
 */
export function splitMarkedWord(word: string): NumberedSyllable[] | null {
  const out: NumberedSyllable[] = [];
  for (const part of word.split(/['’]/)) {
    const syllables = splitPart(part);
    if (syllables === null) return null;
    out.push(...syllables);
  }
  return out;
}

function splitPart(part: string): NumberedSyllable[] | null {
  // Work on decomposed letters: each base letter with the tone mark that follows it, if any.
  const letters: { ch: string; tone: number }[] = [];
  for (const ch of part.normalize('NFD')) {
    const tone = TONE_MARKS[ch];
    const last = letters[letters.length - 1];
    if (tone !== undefined && last) last.tone = tone;
    else if (ch === '\u0308' && last) last.ch = last.ch === 'U' ? 'Ü' : 'ü';
    else letters.push({ ch, tone: 0 });
  }
  const plain = letters.map((l) => l.ch.toLowerCase()).join('');
  const cuts = splitPlain(plain, 0);
  if (cuts === null) return null;
  const out: NumberedSyllable[] = [];
  let start = 0;
  for (const end of cuts) {
    const slice = letters.slice(start, end);
    const tone = slice.find((l) => l.tone > 0)?.tone ?? 5;
    out.push(slice.map((l) => l.ch).join('') + tone);
    start = end;
  }
  return out;
}

/**
 * End offsets of the syllables of `plain` from `start`, longest syllable first, backtracking; null if none fit.
 * As the orthography demands, a syllable inside a part never begins with a, o or e (those follow an apostrophe:
 * Jǐnán is ji|nan, Xī'ān is two parts), and an erhua r only ends a part (yīdiǎnr).
 */
function splitPlain(plain: string, start: number): number[] | null {
  if (start === plain.length) return [];
  if (start > 0 && /^[aoe]/.test(plain.slice(start))) return null;
  const syllables = SYLLABLES();
  for (let len = Math.min(LONGEST_SYLLABLE, plain.length - start); len >= 1; len--) {
    const candidate = plain.slice(start, start + len);
    const end = start + len;
    const erhua = end === plain.length && candidate.length > 1 && candidate.endsWith('r') && syllables.has(candidate.slice(0, -1));
    if (!syllables.has(candidate) && !erhua) continue;
    const rest = splitPlain(plain, end);
    if (rest !== null) return [end, ...rest];
  }
  return null;
}

/**
 * Tone-mark pinyin to tone numbers, keeping spaces, hyphens and capitals: "Rénlèi mìngyùn" → "Ren2lei4 ming4yun4",
 * "Xī'ān" → "Xi1an1"; a syllable without a mark gets 5. Words that are not pinyin are kept as they are.
 */
export function toneMarksToNumbers(pinyin: string): string {
  return pinyin
    .split(/([\s\-]+)/)
    .map((token) => {
      if (token === '' || /^[\s\-]+$/.test(token)) return token;
      const syllables = splitMarkedWord(token);
      // A word of several syllables with no tone mark at all is not pinyin ("China"), so it stays as it is.
      const unmarked = stripToneMarks(token) === token;
      return syllables === null || (unmarked && syllables.length > 1) ? token : syllables.join('');
    })
    .join('');
}
