// CC-CEDICT (resources/lexicons/cedict, CC BY-SA 4.0): the word-level authority for readings, proper-name
// capitals and glosses. Parsed once, on first use, into a map from simplified headword to entries.
import { bilateralEntry } from './bilateral.ts';
import { once, readDataFile } from './data-files.ts';

export interface CedictEntry {
  trad: string;
  simp: string;
  /** Tone-number syllables as CC-CEDICT writes them (capital = proper name), u: written ü: ["Xi1", "an1"]. */
  syllables: string[];
  /** The senses, in dictionary order. */
  senses: string[];
}

/** Lines read `TRAD SIMP [pin1 yin1] /sense/sense/`; parsed with indexOf, as a regular expression is slower here. */
export function parseCedict(text: string): Map<string, CedictEntry[]> {
  const bySimp = new Map<string, CedictEntry[]>();
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const line = text.slice(pos, end);
    pos = end + 1;
    if (line.startsWith('#')) continue;
    const space1 = line.indexOf(' ');
    const space2 = line.indexOf(' ', space1 + 1);
    const open = line.indexOf('[', space2);
    const close = line.indexOf(']', open);
    const slash = line.indexOf('/', close);
    const lastSlash = line.lastIndexOf('/');
    if (space1 < 0 || space2 < 0 || open !== space2 + 1 || close < 0 || slash < 0 || lastSlash <= slash) continue;
    const simp = line.slice(space1 + 1, space2);
    const entry = new LazyEntry(line.slice(0, space1), simp, line.slice(open + 1, close), line.slice(slash + 1, lastSlash));
    const list = bySimp.get(simp);
    if (list) list.push(entry);
    else bySimp.set(simp, [entry]);
  }
  return bySimp;
}

/** Splits readings and senses on first use only: most of the 125,000 entries are never looked at. */
class LazyEntry implements CedictEntry {
  #syllables?: string[];
  #senses?: string[];
  constructor(readonly trad: string, readonly simp: string, private readonly reading: string, private readonly rawSenses: string) {}
  get syllables(): string[] {
    return (this.#syllables ??= this.reading.replace(/u:/g, 'ü').split(' '));
  }
  get senses(): string[] {
    return (this.#senses ??= this.rawSenses.split('/'));
  }
}

export const cedict = once(() => parseCedict(readDataFile('lexicons/cedict/cedict_ts.u8.gz')));

/**
 * Entries for a simplified word (empty when CC-CEDICT does not list it). A diplomatic compound CC-CEDICT lacks
 * (中拉, 美方) gets the entry it gives its listed neighbours (中美, 日方): see bilateral.ts.
 */
export function lookup(word: string): CedictEntry[] {
  const listed = cedict().get(word);
  if (listed) return listed;
  const bilateral = bilateralEntry(word);
  return bilateral ? [bilateral] : [];
}

/** Whether CC-CEDICT itself lists the word (no supplied entries): what dictionary matching inside a word goes by. */
export function isListed(word: string): boolean {
  return cedict().has(word);
}

/** Length in characters of the longest CC-CEDICT headword at `chars[start]` (at most `max`), 0 if none. */
export function longestWordAt(chars: string[], start: number, max: number): number {
  const dict = cedict();
  for (let len = Math.min(max, chars.length - start); len >= 1; len--) {
    if (dict.has(chars.slice(start, start + len).join(''))) return len;
  }
  return 0;
}

/**
 * [start, end) of the dictionary words forward maximum matching finds in a word: never the whole word, single
 * characters where nothing longer matches.
 */
export function maximumMatch(chars: string[], word: { start: number; end: number }): { start: number; end: number }[] {
  const pieces: { start: number; end: number }[] = [];
  const within = chars.slice(0, word.end);
  for (let i = word.start; i < word.end; ) {
    const max = i === word.start ? word.end - word.start - 1 : word.end - i;
    const len = Math.max(longestWordAt(within, i, max), 1);
    pieces.push({ start: i, end: i + len });
    i += len;
  }
  return pieces;
}
