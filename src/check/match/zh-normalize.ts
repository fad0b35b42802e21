// The source side folded like glossary keys (normalizeTerm: NFKC, traditional → simplified, quotation and
// title marks removed), keeping for every folded character the offset it came from, so that a hit can be
// shown as written (一帶一路, “一带一路”).
import * as OpenCC from 'opencc-js/t2cn';
import { QUOTE_MARKS } from '../../glossary/normalize.ts';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Marks dropped from the folded text: the set that normalizeTerm removes from glossary keys. */
const QUOTE = new RegExp(QUOTE_MARKS.source);
export const OPENING_QUOTES = '“‘「『《〈﹁﹃"\'';
export const CLOSING_QUOTES = '”’」』》〉﹂﹄"\'';

let traditionalChars: Set<string> | undefined;

// Characters OpenCC changes on their own: a segment without any of them needs no conversion, which keeps the
// common case (simplified input) cheap.
function traditional(): Set<string> {
  if (traditionalChars) return traditionalChars;
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCodePoint(c));
  const converted = toSimplified(chars.join('\n')).split('\n');
  traditionalChars = new Set(chars.filter((c, i) => converted[i] !== c));
  return traditionalChars;
}

export interface FoldedText {
  /** Folded text, searched for glossary keys. */
  norm: string;
  /** For each UTF-16 unit of `norm`, the offset in the original text it came from. */
  origin: number[];
}

export function foldSource(text: string): FoldedText {
  let norm = '';
  const origin: number[] = [];
  let hasTraditional = false;
  const trad = traditional();
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (QUOTE.test(ch)) continue;
    const code = ch.charCodeAt(0);
    const folded = code < 0x80 || (code >= 0x4e00 && code <= 0x9fff && !trad.has(ch)) ? ch : ch.normalize('NFKC');
    if (trad.has(folded)) hasTraditional = true;
    for (let k = 0; k < folded.length; k++) {
      norm += folded[k];
      origin.push(i);
    }
  }
  if (hasTraditional) {
    // Phrase-level conversion where it keeps the length (almost always); otherwise character by character.
    const whole = toSimplified(norm);
    norm = whole.length === norm.length ? whole : [...norm].map((c) => (trad.has(c) ? toSimplified(c) : c)).join('');
    if (norm.length !== origin.length) norm = norm.slice(0, origin.length).padEnd(origin.length, ' ');
  }
  return { norm, origin };
}
