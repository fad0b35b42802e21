// Chinese text handed to Aho–Corasick as ASCII. modern-ahocorasick walks non-ASCII text grapheme by grapheme
// with Intl.Segmenter (about a microsecond a character), ASCII text on a fast path. Folded Chinese text has no
// grapheme clusters that matter, so each UTF-16 unit is written as three characters of a 64-letter alphabet;
// a hit counts only where it starts on a unit boundary (offset divisible by three).
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export const UNIT = 3;

export function toAsciiCode(text: string): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[i] = ALPHABET[c >> 12]! + ALPHABET[(c >> 6) & 63]! + ALPHABET[c & 63]!;
  }
  return out.join('');
}
