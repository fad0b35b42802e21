// Folding for counting: NFKC, traditional → simplified (OpenCC), quotation and title marks removed.
// The traditional→simplified step keeps the string's length, so a `norm` offset maps back to `text`
// by skipping marks alone: surfaceForm() recovers 一帶一路 or “一带一路” without a stored offset table.
import OpenCC from 'opencc-js/t2cn';
import type { Sentence } from '../types.ts';
import { CLOSING_MARKS, OPENING_MARKS, SYMMETRIC_MARKS } from './marks.ts';

type Converter = (text: string) => string;

let converter: Converter | undefined;
/** Traditional-only characters: a flag per BMP code unit, and the few outside the BMP. */
let traditionalOnly: { bmp: Uint8Array; astral: Set<number> } | undefined;

/**
 * Hong Kong / generic traditional → mainland simplified, phrase-level (OpenCC hk2s: t2s plus the
 * Hong Kong variant forms such as 衞). Taiwan-only readings such as 著→着 are left alone because the
 * same rule would rewrite 显著 in simplified text. Created once, on first use (the dictionaries are large).
 */
function t2s(): Converter {
  return (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }));
}

/** Characters that occur only in traditional text: a line without any is left untouched (fast, and safe). */
function traditionalChars(): { bmp: Uint8Array; astral: Set<number> } {
  if (traditionalOnly) return traditionalOnly;
  const entries = [...OpenCC.Locale.to.cn[0], ...OpenCC.Locale.from.hk[0]]
    .filter((dict): dict is string => typeof dict === 'string')
    .flatMap((dict) => dict.split('|').map((entry) => entry.split(' ')));
  // Only single-character entries say which characters are also simplified (乾 → 干|乾); phrase entries such as
  // 領帶針 → 領帶針 keep their traditional characters and would wrongly exempt 帶, 臺 or 於.
  const singles = entries.filter(([key]) => [...key].length === 1);
  const simplifiedSide = new Set(singles.flatMap(([, ...values]) => values.flatMap((v) => [...v])));
  const chars = singles.filter(([key, value]) => key !== value && !simplifiedSide.has(key)).map(([key]) => key.codePointAt(0)!);
  // A table indexed by code unit: every character of a corpus passes through here.
  const bmp = new Uint8Array(0x10000);
  const astral = new Set<number>();
  for (const code of chars) {
    if (code < 0x10000) bmp[code] = 1;
    else astral.add(code);
  }
  traditionalOnly = { bmp, astral };
  return traditionalOnly;
}

export function hasTraditional(text: string): boolean {
  const { bmp, astral } = traditionalChars();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (bmp[unit] === 1) return true;
    if (unit >= 0xd800 && unit < 0xdc00 && astral.size > 0 && astral.has(text.codePointAt(i)!)) return true;
  }
  return false;
}

/**
 * Simplified form of `text`, same length in UTF-16 units. Text with no traditional-only character is
 * returned as is; when a phrase conversion would change the length, characters are converted one by one.
 */
export function toSimplified(text: string): string {
  if (!hasTraditional(text)) return text;
  const phrased = t2s()(text);
  if (phrased.length === text.length) return phrased;
  let out = '';
  for (const c of text) {
    const s = t2s()(c);
    out += s.length === c.length ? s : c;
  }
  return out;
}

const ANY_MARK = new RegExp(`[${[...OPENING_MARKS.keys(), ...CLOSING_MARKS, ...SYMMETRIC_MARKS].join('')}]`);

/** True when `text[i]` is a quotation or title mark (an apostrophe inside a Latin word is not). */
export function isMark(text: string, i: number): boolean {
  const c = text[i];
  if (OPENING_MARKS.has(c) || CLOSING_MARKS.has(c) || c === '"') return true;
  return c === "'" && !(/[A-Za-z]/.test(text[i - 1] ?? '') && /[A-Za-z]/.test(text[i + 1] ?? ''));
}

export interface NormalizedClause {
  norm: string;
  quoted: [number, number][];
}

/**
 * Removes quotation and title marks from a clause and records the [start, end) spans of `norm` that
 * stood between a matched pair. `simplified` is toSimplified(text) when the caller already has it.
 */
export function foldClause(text: string, simplified: string = toSimplified(text)): NormalizedClause {
  if (!ANY_MARK.test(text)) return { norm: simplified, quoted: [] };
  let norm = '';
  const quoted: [number, number][] = [];
  const open: { mark: string; at: number }[] = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text, i)) continue;
    norm += simplified.slice(from, i);
    from = i + 1;
    const c = text[i];
    const top = open.length - 1;
    const closes = SYMMETRIC_MARKS.has(c) ? top >= 0 && open[top].mark === c : CLOSING_MARKS.has(c);
    if (!closes) {
      open.push({ mark: c, at: norm.length });
      continue;
    }
    // Pop back to the mark this one closes; unmatched closers are dropped silently.
    for (let k = top; k >= 0; k--) {
      const mark = open[k].mark;
      if (mark === c || OPENING_MARKS.get(mark)?.includes(c)) {
        if (norm.length > open[k].at) quoted.push([open[k].at, norm.length]);
        open.length = k;
        break;
      }
    }
  }
  norm += simplified.slice(from);
  quoted.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return { norm, quoted };
}

/** NFKC + simplified + marks removed: the `norm` of a clause written as `text`. */
export function normalizeText(text: string): NormalizedClause {
  return foldClause(text.normalize('NFKC'));
}

/** Offset in `sentence.text` of offset `normOffset` of `sentence.norm` (marks are the only difference). */
export function textOffset(sentence: Pick<Sentence, 'text'>, normOffset: number): number {
  let n = 0;
  for (let i = 0; i < sentence.text.length; i++) {
    if (isMark(sentence.text, i)) continue;
    if (n === normOffset) return i;
    n++;
  }
  return sentence.text.length;
}

/** Marks in text[s, e) that close with no opener inside, and that open with no closer inside. */
function unmatched(text: string, s: number, e: number): { closers: number; openers: number } {
  let openers = 0;
  let closers = 0;
  for (let i = s; i < e; i++) {
    if (OPENING_MARKS.has(text[i])) openers++;
    else if (CLOSING_MARKS.has(text[i])) {
      if (openers > 0) openers--;
      else closers++;
    }
  }
  return { closers, openers };
}

const opens = (c: string | undefined): boolean => c !== undefined && (OPENING_MARKS.has(c) || SYMMETRIC_MARKS.has(c));
const closes = (c: string | undefined): boolean => c !== undefined && (CLOSING_MARKS.has(c) || SYMMETRIC_MARKS.has(c));

/**
 * The surface form of `norm[start, end)` as written: 一帶一路 in traditional text; “一带一路” with its
 * marks when the span stood exactly inside a pair; 共建“一带一路” when a mark opens or closes inside it.
 */
export function surfaceForm(sentence: Pick<Sentence, 'text'>, start: number, end: number): string {
  const { text } = sentence;
  let s = textOffset(sentence, start);
  let e = end > start ? textOffset(sentence, end - 1) + 1 : s;
  let { closers, openers } = unmatched(text, s, e);
  for (; closers > 0 && opens(text[s - 1]); closers--) s--;
  for (; openers > 0 && closes(text[e]); openers--) e++;
  while (opens(text[s - 1]) && closes(text[e])) {
    s--;
    e++;
  }
  return text.slice(s, e);
}
