// Readings of a run of Chinese characters, one numbered syllable per character, from the weakest source to the
// strongest: pinyin-pro in context → CC-CEDICT for words inside unknown words → CC-CEDICT for each jieba word →
// CC-CEDICT for runs of consecutive jieba words, up to the whole run → suffix readings (交易量 liàng) → frames
// (以人为本 wéi) → the project's corrections. CC-CEDICT only decides where it is unambiguous.
import { pinyin } from 'pinyin-pro';
import { isListed, lookup, maximumMatch, type CedictEntry } from './cedict.ts';
import type { Correction, Corrections } from './corrections.ts';
import { once, readDataFile, tableRows } from './data-files.ts';
import { isCapitalised, isNumberedSyllable } from './syllables.ts';

/** [start, end) in characters. */
export interface Span {
  start: number;
  end: number;
}

export interface RunReading {
  chars: string[];
  /** Lower-case numbered syllable per character (citation tones): "yi1", "xing2", "r5" for erhua. */
  syllables: string[];
  /** True where the source spells the syllable with a capital (a proper name begins or continues there). */
  capital: boolean[];
  /** Spans read from a proper-name entry: their capitals, not jieba, tell where the words of the name break. */
  properSpans: Span[];
  /** jieba's words. */
  words: Span[];
  /** Orthographic words a correction fixes (澳人 | 治 | 澳): no break inside, a break at each edge. */
  fixedWords: Span[];
}

const WORD_LIMIT = 12;

export function readRun(chars: string[], words: Span[], corrections: Corrections): RunReading {
  const reading: RunReading = { chars, syllables: contextReading(chars), capital: chars.map(() => false), properSpans: [], words, fixedWords: [] };
  for (const word of words) {
    if (word.end - word.start >= 3 && lookup(spanText(chars, word)).length === 0) readInsideUnknownWord(reading, word);
  }
  for (const word of words) applyDictionary(reading, word);
  // Then runs of consecutive words, shortest first so that longer entries win: 共建 [一带一路] reads the name.
  for (let count = 2; count <= words.length; count++) {
    for (let first = 0; first + count <= words.length; first++) {
      const span = { start: words[first]!.start, end: words[first + count - 1]!.end };
      if (span.end - span.start <= WORD_LIMIT) applyDictionary(reading, span);
    }
  }
  for (const word of words) applySuffixReading(reading, word);
  applyFrames(reading);
  applyCorrections(reading, corrections);
  return reading;
}

/** pinyin-pro's reading of the run in context, citation tones, lower case. */
function contextReading(chars: string[]): string[] {
  const read = pinyin(chars.join(''), { toneType: 'num', type: 'array', toneSandhi: false }) as string[];
  if (read.length === chars.length) return read.map(normalise);
  return chars.map((ch) => normalise((pinyin(ch, { toneType: 'num', type: 'array', toneSandhi: false }) as string[])[0] ?? ch));
}

function normalise(syllable: string): string {
  // pinyin-pro writes the neutral tone as 0 or leaves it out; zhterm writes 5, as CC-CEDICT does.
  const lower = syllable.toLowerCase().replace(/v/g, 'ü').replace(/u:/g, 'ü').replace(/0$/, '5');
  return /[1-5]$/.test(lower) || !/^[a-zü]+$/.test(lower) ? lower : `${lower}5`;
}

export function spanText(chars: string[], span: Span): string {
  return chars.slice(span.start, span.end).join('');
}

/**
 * CC-CEDICT words of two or more characters inside a word CC-CEDICT does not list (双循环 → 循环): maximum matching
 * from the front and from the back, keeping the one with fewer pieces, then fewer names, then the backward one,
 * which errs less in Chinese (同命相连 → 相连, not 命相; 创新力 → 创新, not the brand 新力).
 */
function readInsideUnknownWord(reading: RunReading, word: Span): void {
  const forward = maximumMatch(reading.chars, word);
  const backward = backwardMatch(reading.chars, word);
  const cost = (pieces: Span[]) => [pieces.length, pieces.filter((p) => isNameOnly(spanText(reading.chars, p))).length];
  const [f, b] = [cost(forward), cost(backward)];
  const best = f[0]! < b[0]! || (f[0] === b[0] && f[1]! < b[1]!) ? forward : backward;
  for (const piece of best) if (piece.end - piece.start >= 2) applyDictionary(reading, piece);
}

function backwardMatch(chars: string[], word: Span): Span[] {
  const pieces: Span[] = [];
  for (let end = word.end; end > word.start; ) {
    let len = Math.min(WORD_LIMIT, end - word.start, word.end - word.start - 1);
    while (len >= 2 && !isListed(chars.slice(end - len, end).join(''))) len--;
    len = Math.max(len, 1);
    pieces.unshift({ start: end - len, end });
    end -= len;
  }
  return pieces;
}

/** A word CC-CEDICT lists only as a name (新力 Sony): a poor guess inside a common word. */
function isNameOnly(word: string): boolean {
  const entries = lookup(word);
  return entries.length > 0 && entries.every((e) => e.syllables.some(isCapitalised));
}

interface Frame {
  pattern: RegExp;
  syllable: string;
}

const frames = once((): Frame[] =>
  tableRows(readDataFile('enrich/frames.tsv')).map(([pattern = '', syllable = '']) => ({ pattern: new RegExp(pattern, 'gu'), syllable })));

/** Characters whose reading the words around them fix: 以人为本 → wéi, 应保尽保 → yīng. */
function applyFrames(reading: RunReading): void {
  const text = reading.chars.join('');
  for (const { pattern, syllable } of frames()) {
    for (const m of text.matchAll(pattern)) reading.syllables[Array.from(text.slice(0, m.index)).length] = syllable;
  }
}

const suffixReadings = once(() => new Map(tableRows(readDataFile('enrich/suffix-readings.tsv')).map(([ch = '', syl = '']) => [ch, syl])));

/** The last character of a word CC-CEDICT does not list, after a dictionary word: 交易量 → liàng. */
function applySuffixReading(reading: RunReading, word: Span): void {
  const last = word.end - 1;
  const syllable = suffixReadings().get(reading.chars[last]!);
  if (!syllable || word.end - word.start < 3) return;
  if (lookup(spanText(reading.chars, word)).length > 0) return;
  if (lookup(reading.chars.slice(word.start, last).join('')).length === 0) return;
  reading.syllables[last] = syllable;
}

/** Applies the CC-CEDICT reading of a span when the dictionary leaves no doubt about it. */
function applyDictionary(reading: RunReading, span: Span): void {
  const entry = chooseEntry(lookup(spanText(reading.chars, span)), reading.syllables.slice(span.start, span.end));
  if (entry) apply(reading, span, entry.syllables);
}

/**
 * The entry whose reading to use: the only reading the dictionary gives, or, when it gives several, the one that
 * agrees with the reading in context (which then only contributes its capitals), or else the only one that
 * differs from it in a single syllable (重载 zhòngzǎi → zhòngzài, 起来 qǐlái → qǐlai). Among entries with the same reading
 * a common-noun spelling beats a proper-name one (朝阳 chāoyáng, not Cháoyáng), unless all are names or the name
 * pairs China with a partner (中巴 Zhōng-Bā).
 */
export function chooseEntry(entries: CedictEntry[], current: string[]): CedictEntry | undefined {
  const usable = entries.filter((e) => e.syllables.length === current.length && e.syllables.every(isNumberedSyllable));
  const key = (e: CedictEntry) => e.syllables.join(' ').toLowerCase();
  const readings = [...new Set(usable.map(key))];
  const differences = (reading: string) => reading.split(' ').filter((syllable, i) => syllable !== current[i]).length;
  const near = readings.filter((r) => differences(r) <= 1);
  const closest = near.find((r) => differences(r) === 0) ?? (near.length === 1 ? near[0] : undefined);
  const wanted = readings.length === 1 ? readings[0] : closest;
  const matching = usable.filter((e) => key(e) === wanted);
  // China and a partner (中巴 "China-Pakistan", not the minibus) is what political text means by the pair
  return matching.find(isChinaPair) ?? matching.find((e) => !e.syllables.some(isCapitalised)) ?? matching[0];
}

/** A correction that divides its phrase gives each word its own span: a name among them is a name of its own. */
function applyCorrection(reading: RunReading, span: Span, correction: Correction): void {
  if (!correction.wordStarts) return apply(reading, span, correction.syllables);
  const edges = [0, ...correction.wordStarts, span.end - span.start];
  for (let k = 0; k + 1 < edges.length; k++) {
    const word = { start: span.start + edges[k]!, end: span.start + edges[k + 1]! };
    apply(reading, word, correction.syllables.slice(edges[k], edges[k + 1]));
    reading.fixedWords.push(word);
  }
}

/** A name entry for China and a partner: 中巴 Zhong1 Ba1 "China-Pakistan (relations)", 中英 "Sino-British". */
function isChinaPair(entry: CedictEntry): boolean {
  return entry.syllables.some(isCapitalised) && /^(China-|Sino-)/.test(entry.senses[0] ?? '');
}

function apply(reading: RunReading, span: Span, syllables: string[]): void {
  syllables.forEach((s, k) => {
    reading.syllables[span.start + k] = s.toLowerCase();
    reading.capital[span.start + k] = isCapitalised(s);
  });
  // A name the new span overlaps gives way, unless the span lies inside it (关系 corrected inside 中日关系).
  const inside = (p: Span) => p.start <= span.start && span.end <= p.end && p.end - p.start > span.end - span.start;
  reading.properSpans = reading.properSpans.filter((p) => p.end <= span.start || p.start >= span.end || inside(p));
  if (syllables.some(isCapitalised)) reading.properSpans.push(span);
}

/** Corrections win over everything else; the longest phrase at each position first, left to right. */
function applyCorrections(reading: RunReading, corrections: Corrections): void {
  if (corrections.size === 0) return;
  const { chars } = reading;
  let i = 0;
  while (i < chars.length) {
    let matched = 0;
    for (let len = Math.min(WORD_LIMIT, chars.length - i); len >= 1; len--) {
      const correction = corrections.get(chars.slice(i, i + len).join(''));
      if (correction) {
        applyCorrection(reading, { start: i, end: i + len }, correction);
        matched = len;
        break;
      }
    }
    i += Math.max(matched, 1);
  }
}
