// Spoken tones of 一 and 不 for learners (--tone-sandhi): yī dài yī lù → yí dài yí lù, bù wàng → bú wàng.
// Citation tones stay the default, as dictionaries and termbases write them. Third-tone sandhi is never written.
import { toneOf } from './syllables.ts';

const NUMERALS = new Set(Array.from('零〇一二三四五六七八九十百千万亿两第'));

/** Syllables per character (null for non-Chinese characters), changed where 一 or 不 change tone in speech. */
export function applyToneSandhi(chars: string[], syllables: (string | null)[]): (string | null)[] {
  return syllables.map((syllable, i) => {
    const next = syllables[i + 1];
    if (!syllable || !next) return syllable;
    const nextTone = toneOf(next);
    if (chars[i] === '一' && syllable === 'yi1') {
      // Counting and ordinals keep yī: 第一, 十一, 一一, 一九四九.
      if (NUMERALS.has(chars[i - 1] ?? '') || NUMERALS.has(chars[i + 1] ?? '')) return syllable;
      if (nextTone === 4 || nextTone === 5) return 'yi2';
      return 'yi4';
    }
    if (chars[i] === '不' && syllable === 'bu4' && nextTone === 4) return 'bu2';
    return syllable;
  });
}
