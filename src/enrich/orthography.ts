// Word grouping for GB/T 16159-2012: which syllables of a run are written together, apart, or hyphenated.
// jieba gives the words; CC-CEDICT capitals split proper names (Xí Jìnpíng, Běijīng Shì); long words are split
// into the dictionary words they are made of (huánjìng bǎohù guīhuà); idioms are written AB-CD or joined.
import { lookup, longestWordAt } from './cedict.ts';
import { idiomSplits, isIdiom } from './idioms.ts';
import { spanText, type RunReading, type Span } from './readings.ts';

/** An orthographic word: [start, end) of the run, with a hyphen before `hyphenAt` when set. */
export interface OrthWord extends Span {
  hyphenAt?: number;
}

export function groupWords(reading: RunReading): OrthWord[] {
  const n = reading.chars.length;
  const breaks = new Set<number>([0, n]);
  for (const w of reading.words) breaks.add(w.start);
  for (const p of reading.properSpans) {
    breaks.add(p.start);
    breaks.add(p.end);
    for (let i = p.start + 1; i < p.end; i++) if (reading.capital[i]) breaks.add(i);
  }
  const cuts = [...breaks].sort((a, b) => a - b);
  const words: OrthWord[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) words.push(...splitLongWord(reading, { start: cuts[k]!, end: cuts[k + 1]! }));
  return words;
}

/**
 * Four or more syllables: an idiom is hyphenated or joined; otherwise the word is written as the dictionary
 * words it consists of, unless it is a dictionary word that does not divide into words of two or more
 * characters (hóngshízìhuì, shèhuìzhǔyìzhě), which stays joined.
 */
function splitLongWord(reading: RunReading, word: Span): OrthWord[] {
  const len = word.end - word.start;
  if (len < 4) return [word];
  const text = spanText(reading.chars, word);
  if (isIdiom(text)) return [idiomSplits(text) ? { ...word, hyphenAt: word.start + 2 } : word];
  const pieces = dictionaryPieces(reading.chars, word);
  const divides = pieces.every((p) => p.end - p.start >= 2);
  if (!divides && lookup(text).length > 0) return [word];
  if (pieces.length === 1) return [word];
  return pieces.flatMap((p) => splitLongWord(reading, p));
}

/** Forward maximum matching with CC-CEDICT, never taking the whole word itself. */
function dictionaryPieces(chars: string[], word: Span): Span[] {
  const pieces: Span[] = [];
  const within = chars.slice(0, word.end);
  let i = word.start;
  while (i < word.end) {
    const max = i === word.start ? word.end - word.start - 1 : word.end - i;
    const len = Math.max(longestWordAt(within, i, max), 1);
    pieces.push({ start: i, end: i + len });
    i += len;
  }
  return pieces;
}
