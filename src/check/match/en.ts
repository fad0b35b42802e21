// Finding English renderings in target segments without the false alarms of naive string search: both sides
// are reduced to word keys (lower case except acronyms, possessive dropped, Porter stem, articles removed,
// hyphens and line breaks as spaces) and one Aho–Corasick automaton finds every rendering key at once.
import AhoCorasick from 'modern-ahocorasick';
import { stemmer } from 'stemmer';
import { NUMBER_WORDS } from './en-numbers.ts';

const ARTICLES = new Set(['a', 'an', 'the']);
// Dotted acronyms (U.S., U.N.) as one word; digits apart from letters (RMB250 → RMB 250) except ordinal suffixes.
const WORD = /(?:\p{Lu}\.){2,}|\p{N}+(?:st|nd|rd|th)\b|\p{N}+|\p{L}+(?:['’]\p{L}+)*['’]?/gu;
const stems = new Map<string, string>();

function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = stemmer(word);
    if (stems.size > 200_000) stems.clear();
    stems.set(word, s);
  }
  return s;
}

export interface EnToken {
  key: string;
  /** [start, end) of the word in the original text. */
  start: number;
  end: number;
}

/** The word keys of an English text. `shouting` (all capitals) folds acronyms too, as in a headline. */
export function englishTokens(text: string): EnToken[] {
  const shouting = !/\p{Ll}/u.test(text) && /\p{Lu}{2}.*\s.*\p{Lu}{2}/u.test(text);
  const out: EnToken[] = [];
  for (const m of text.matchAll(WORD)) {
    let word = m[0].replace(/['’](s)?$/i, '').replace(/\./g, '');
    if (!shouting && /^\p{Lu}{2,}s?$/u.test(word) && /\p{Lu}{2}/u.test(word)) {
      out.push({ key: word.replace(/s$/, ''), start: m.index, end: m.index + m[0].length });
      continue;
    }
    word = word.toLowerCase().replace(/’/g, "'");
    if (ARTICLES.has(word)) continue;
    out.push({ key: NUMBER_WORDS.get(word) ?? stem(word), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The key a rendering is searched by: its word keys joined by single spaces. */
export function englishKey(text: string): string {
  return englishTokens(text)
    .map((t) => t.key)
    .join(' ');
}

export interface EnHit {
  /** Indices of the renderings (in the list the matcher was built from) that share this key. */
  renderings: number[];
  /** Word range [first, last + 1) in the target's tokens. */
  firstWord: number;
  endWord: number;
  /** The words as written in the target. */
  surface: string;
}

export class EnMatcher {
  readonly #automaton: AhoCorasick<number[]>;

  constructor(renderings: readonly string[]) {
    const byKey = new Map<string, number[]>();
    renderings.forEach((r, i) => {
      const key = englishKey(r);
      if (key === '') return;
      const list = byKey.get(key);
      if (list) list.push(i);
      else byKey.set(key, [i]);
    });
    // Spaces around each key make every hit a whole-word hit.
    this.#automaton = new AhoCorasick([...byKey].map(([key, data]) => ({ pattern: ` ${key} `, data })));
  }

  find(text: string): EnHit[] {
    const tokens = englishTokens(text);
    if (tokens.length === 0) return [];
    let keyed = ' ';
    const wordAt = new Map<number, number>();
    tokens.forEach((t, i) => {
      wordAt.set(keyed.length - 1, i);
      keyed += `${t.key} `;
    });
    wordAt.set(keyed.length - 1, tokens.length);
    return this.#automaton.search(keyed).map((m) => {
      const firstWord = wordAt.get(m.start)!;
      const endWord = wordAt.get(m.end - 1)!;
      return {
        renderings: m.data ?? [],
        firstWord,
        endWord,
        surface: text.slice(tokens[firstWord]!.start, tokens[endWord - 1]!.end).replace(/\s+/g, ' '),
      };
    });
  }
}
