// A Pleco flashcard import file: `simplified[traditional]<TAB>pinyin with tone numbers<TAB>definition`, under
// category lines (`// zhterm/glossary`) so glossary terms and extraction candidates land in separate folders.
import type { TermRecord } from '../types.ts';
import { englishOf, oneLine } from './learner.ts';
import { taiwanCharacters } from '../enrich/traditional.ts';

export interface PlecoOptions {
  /** Top-level flashcard category (default 'zhterm'). */
  category?: string;
}

export function writePleco(records: TermRecord[], options: PlecoOptions = {}): string {
  const category = options.category ?? 'zhterm';
  const groups: [string, TermRecord[]][] = [
    ['glossary', records.filter((r) => r.status === 'glossary')],
    ['candidates', records.filter((r) => r.status !== 'glossary')],
  ];
  const lines = groups
    .filter(([, group]) => group.length)
    .flatMap(([name, group]) => [`// ${category}/${name}`, ...group.map(card)]);
  return `${lines.join('\n')}\n`;
}

function card(r: TermRecord): string {
  // Pleco takes the bracket only when the traditional characters differ.
  const traditional = r.hant ? taiwanCharacters(r.hant) : '';
  const headword = traditional && traditional !== r.zh ? `${r.zh}[${traditional}]` : r.zh;
  return [headword, plecoPinyin(r.pinyinNumbers), definition(r)].map(oneLine).join('\t');
}

/**
 * Pleco reads syllables with tone numbers 1–5: word-joining hyphens become spaces, neutral tone 0 becomes 5. A
 * reading with anything else in it (the digits of 12308热线, the letters of APP, G20, 5G) would be read as
 * syllables and tones, so the field is left empty for those, as Pleco allows for a headword it does not know.
 */
function plecoPinyin(pinyinNumbers: string): string {
  const pinyin = pinyinNumbers.replace(/-/g, ' ').replace(/([a-zü])0(?![0-9])/gi, '$15');
  return pinyin.split(/\s+/).every((word) => PINYIN_WORD.test(word)) ? pinyin : '';
}

/** One word of numbered pinyin: syllables of letters, each with its tone number (Gang3ren2, nv3, r5). */
const PINYIN_WORD = /^(?:[a-zü]+[1-5])+$/i;

function definition(r: TermRecord): string {
  const english = englishOf(r);
  const parts = [english ?? (r.gloss ? `(gloss) ${r.gloss}` : '')];
  if (r.enDeprecated.length) parts.push(`(avoid: ${r.enDeprecated.join('; ')})`);
  return parts.filter(Boolean).join(' ');
}
