// Which words may stand at a candidate's edges. Function words, particles, pronouns and clause words
// never do; numerals only inside names and slogans (十四五, 八大行动), never as bare numbers, years or counts.
// The word lists are data (resources/extract/); this file holds only the rules.
import { readFileSync } from 'node:fs';

/** What keeps a word from an edge: bit 1 = not first, bit 2 = not last. */
export const NOT_FIRST = 1;
export const NOT_LAST = 2;

const DATA_DIR = new URL('../../resources/extract/', import.meta.url);
const EDGE_TABLES = ['function-words.txt', 'particles.txt', 'pronouns.txt', 'clause-words.txt'];

/** The rows of a data table, split into columns: `#` comments and blank lines left out. */
export function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .map((raw) => raw.replace(/#.*/, '').trim())
    .filter((line) => line !== '')
    .map((line) => line.split(/\s+/));
}

/** Reads `word[<TAB>start|end]` lines into word → NOT_FIRST/NOT_LAST bits. */
export function parseEdgeTable(text: string, into = new Map<string, number>()): Map<string, number> {
  for (const [word, where] of tableRows(text)) {
    const bits = where === 'start' ? NOT_FIRST : where === 'end' ? NOT_LAST : NOT_FIRST | NOT_LAST;
    into.set(word, (into.get(word) ?? 0) | bits);
  }
  return into;
}

function readTable(name: string): string {
  return readFileSync(new URL(name, DATA_DIR), 'utf8');
}

let edgeWords: Map<string, number> | undefined;
let measureWords: Set<string> | undefined;

/** The edge restrictions of a word from the data tables (0: free). */
export function edgeRestriction(word: string): number {
  edgeWords ??= EDGE_TABLES.reduce((map, name) => parseEdgeTable(readTable(name), map), new Map<string, number>());
  return edgeWords.get(word) ?? 0;
}

function isMeasureWord(word: string): boolean {
  measureWords ??= new Set(parseEdgeTable(readTable('measure-words.txt')).keys());
  return measureWords.has(word);
}

let titles: string[] | undefined;

/** A title of office: a word ending in one of resources/titles.txt (主席, 副主席, 外交部长), a table shared with check. */
export function isTitleOfOffice(word: string): boolean {
  titles ??= tableRows(readTable('../titles.txt')).flat();
  return titles.some((title) => word.endsWith(title));
}

const NUMERAL = /^[0-9.%零〇一二三四五六七八九十百千万亿两几多余半第数双]+$/;
/** Latin letters with digits (E5, G20, 5G): codes and footnote marks, names only with what follows. */
const CODE = /^(?=.*[0-9])[0-9A-Za-z.%]+$/;
const NUMERAL_PREFIX = /^[0-9.零〇一二三四五六七八九十百千万亿两几多第数双]+/;
/** 两大, 三小: a numeral with 大/小 counts things (八大行动) and is no name by itself. */
const SIZE_WORDS = new Set(['大', '小']);

/** A bare number (2021, 十四, 第三, 几十). */
export function isNumeral(word: string): boolean {
  return NUMERAL.test(word) || CODE.test(word);
}

/** A Chinese numeral below ten thousand, alone or with a classifier (一个, 八大, 两国), not 万 or 2021: it can open a name. */
export function isSmallNumeral(word: string): boolean {
  return /^[一二三四五六七八九十两双]/.test(word) && !/[万亿]/.test(word);
}

/** A numeral with a classifier or time unit: a count, a date, a year (一个, 三次, 两国, 10月). */
export function isCount(word: string): boolean {
  const m = NUMERAL_PREFIX.exec(word);
  if (m === null || m[0].length === word.length) return false;
  const rest = word.slice(m[0].length);
  return isMeasureWord(rest) || SIZE_WORDS.has(rest);
}

/** Numbers, counts and time units: allowed at an edge only when bound to the rest of the candidate. */
export function isNumberLike(word: string): boolean {
  return isNumeral(word) || isCount(word) || (isMeasureWord(word) && word.length === 1);
}

/** Bits of the edges (NOT_FIRST | NOT_LAST) at which `word` may not stand. */
export function edgeBits(word: string): number {
  return edgeRestriction(word) | (isNumberLike(word) ? NOT_FIRST | NOT_LAST : 0);
}

let clauseMarkers: Set<string> | undefined;

/** Copulas, aspect particles, modal verbs …: a word sequence holding one is a clause, not a term. */
export function isClauseMarker(word: string): boolean {
  clauseMarkers ??= new Set(parseEdgeTable(readTable('clause-markers.txt')).keys());
  return clauseMarkers.has(word);
}

/** Tags (ICTCLAS, as in jieba's dictionary) of words that do not end a term: verbs, adjectives, adverbs, pronouns … */
const NON_HEAD_TAGS = new Set(['v', 'vd', 'vi', 'vq', 'a', 'ad', 'ag', 'b', 'd', 'df', 'dg', 'r', 'rr', 'rz', 'rg', 'p', 'c', 'u', 'f', 't', 'y', 'e', 'o', 'z']);

/** Whether a word with this dictionary tag can be the head (last word) of a term; words not in the dictionary can. */
export function canBeHead(tag: string): boolean {
  return !NON_HEAD_TAGS.has(tag);
}

/** Adverbs (d: 不断; df, dg: 不要, 甚), adjectives used as adverbs (ad: 积极, 全面 by resources/extract/tags.txt), verbs used as adverbs (vd). */
export function isAdverbTag(tag: string): boolean {
  return tag === 'd' || tag === 'ad' || tag === 'vd' || tag === 'df' || tag === 'dg';
}

/** A plain verb (not a verbal noun such as 发展 vn) opens a verb phrase rather than a name. */
export function isPlainVerb(tag: string): boolean {
  return tag === 'v' || tag === 'vd' || tag === 'vi';
}

/** A frame of two words (以…为): the closer needs an opener before it; an opener that is not `open` needs the closer. */
export interface Frame {
  opener: string;
  closer: string;
  /** The opener is also a word on its own (变 in 变压力为动力): it needs no closer. */
  open: boolean;
}

let frameTable: Frame[] | undefined;

/** The frames of resources/extract/frames.txt. */
export function frames(): readonly Frame[] {
  frameTable ??= tableRows(readTable('frames.txt')).map(([opener, closer, open]) => ({ opener, closer, open: open === 'open' }));
  return frameTable;
}

/**
 * Whether the frame words in `words` have their partners: a closer one of its openers before it (`openersOf`), an
 * opener that needs one its closer after it (`closerOf`, -1 for none).
 */
export function framesComplete(words: ArrayLike<number>, openersOf: ReadonlyMap<number, readonly number[]>, closerOf: Int32Array): boolean {
  for (let i = 0; i < words.length; i++) {
    const closer = closerOf[words[i]];
    if (closer >= 0 && !includesAny(words, [closer], i + 1, words.length)) return false;
    const openers = openersOf.get(words[i]);
    if (openers !== undefined && !includesAny(words, openers, 0, i)) return false;
  }
  return true;
}

function includesAny(words: ArrayLike<number>, ids: readonly number[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ids.includes(words[k])) return true;
  return false;
}
