// Finding English renderings in target segments without the false alarms of naive string search: both sides
// are reduced to word keys (lower case except acronyms, possessive dropped, Porter stem, articles removed,
// hyphens and line breaks as spaces) and one Aho–Corasick automaton finds every rendering key at once.
import AhoCorasick from 'modern-ahocorasick';
import { stemmer } from 'stemmer';
import { FUNCTION_WORDS } from './en-function-words.ts';
import { DEMONYMS } from './en-demonyms.ts';
import { NUMBER_WORDS } from './en-numbers.ts';
import { americanSpelling } from './en-spelling.ts';

const ARTICLES = new Set(['a', 'an', 'the']);
// Dotted acronyms (U.S., U.N.) as one word; digits apart from letters (RMB250 → RMB 250) except ordinal suffixes;
// “+” as a word of its own, read “plus” (“Internet+” is “Internet Plus”), and “&” read “and” (“Belt & Road”).
const WORD = /(?:\p{Lu}\.){2,}|\p{N}+(?:st|nd|rd|th)\b|\p{N}+|\p{L}+(?:['’]\p{L}+)*['’]?|[+&]/gu;
const SIGN_WORDS: Record<string, string> = { '+': 'plus', '&': 'and' };
const ORDINAL = /^\p{N}+(?:st|nd|rd|th)$/u;
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
    const sign = SIGN_WORDS[m[0]];
    if (sign !== undefined) {
      out.push({ key: stem(sign), start: m.index, end: m.index + 1 });
      continue;
    }
    let word = m[0].replace(/['’](s)?$/i, '').replace(/\./g, '');
    if (!shouting && /^\p{Lu}{2,}s?$/u.test(word) && /\p{Lu}{2}/u.test(word)) {
      out.push({ key: word.replace(/s$/, ''), start: m.index, end: m.index + m[0].length });
      continue;
    }
    word = americanSpelling(word.toLowerCase().replace(/’/g, "'"));
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
  /** Those of `renderings` found through an adjective (“American” for “US”): they say nothing of which name was chosen. */
  viaAdjective: number[];
  /** Word range [first, last + 1) in the target's tokens. */
  firstWord: number;
  endWord: number;
  /** The words as written in the target. */
  surface: string;
}

export interface EnMatcherOptions {
  /**
   * Whether rendering i also matches with a place name in it replaced by its adjective (“US” → “American”,
   * “China and Russia” → “Chinese and Russian”). Default: every rendering.
   */
  adjectives?: (index: number) => boolean;
}

/** Acronyms of four letters or more that British style writes in title case (NATO → Nato, ASEAN → Asean). */
const TITLE_CASE_ACRONYM = /^\p{Lu}{4,}$/u;

let demonymKeys: [string, string[]][] | undefined;

/**
 * Keys of a rendering: its own, the title-case form of its acronyms, its inside-out forms (ofPhraseKeys), then
 * (when `adjectives`) the forms with place names replaced by their adjectives. Returns [keys, how many come before the adjective forms].
 */
export function variantKeys(rendering: string, adjectives: boolean): [string[], number] {
  const base = englishKey(rendering);
  if (base === '') return [[], 0];
  // the keys that name places as written: the adjective forms are made from these
  const named = [base];
  const acronyms = base.split(' ').filter((w) => TITLE_CASE_ACRONYM.test(w));
  if (acronyms.length > 0) named.push(base.split(' ').map((w) => (TITLE_CASE_ACRONYM.test(w) ? stem(w.toLowerCase()) : w)).join(' '));
  const plain = [...named, ...(/\p{Lu}/u.test(rendering) ? [] : ofPhraseKeys(base))];
  let keys = named;
  if (adjectives) {
    demonymKeys ??= [...DEMONYMS].map(([place, forms]) => [englishKey(place), forms.map(englishKey)]);
    for (const [place, forms] of demonymKeys) {
      if (!` ${base} `.includes(` ${place} `)) continue;
      // Every place replaced at once too (“China and Russia” → “Chinese and Russian”), at most a few variants.
      keys = [...keys, ...keys.flatMap((k) => forms.map((f) => ` ${k} `.split(` ${place} `).join(` ${f} `).trim()))].slice(0, 16);
    }
  }
  return [[...new Set([...plain, ...keys.slice(named.length)])], plain.length];
}

/** Prepositions that turn a compound inside out: “toilet revolution” = “the revolution in toilets”. */
const INVERTING_PREPOSITIONS = ['of', 'in', 'for'];

/**
 * A compound of two to four content words also matches with its head first and a preposition before the rest
 * (“innovation-driven development strategy” = “the strategy of innovation-driven development”): English says both.
 * Keys are already stemmed and free of articles; a rendering with a function word or a capital letter in it (a
 * name: “United States”, “State Council”) is left as it is.
 */
function ofPhraseKeys(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2 || words.length > 4 || words.some((w) => FUNCTION_WORDS.has(w) || !/^\p{L}/u.test(w))) return [];
  const head = words.at(-1)!;
  const rest = words.slice(0, -1).join(' ');
  return INVERTING_PREPOSITIONS.map((p) => `${head} ${p} ${rest}`);
}

interface KeyData {
  renderings: number[];
  viaAdjective: number[];
}

export class EnMatcher {
  readonly #automaton: AhoCorasick<KeyData>;

  constructor(renderings: readonly string[], options: EnMatcherOptions = {}) {
    const adjectives = options.adjectives ?? ((): boolean => true);
    const byKey = new Map<string, KeyData>();
    renderings.forEach((r, i) => {
      const [keys, plain] = variantKeys(r, adjectives(i));
      keys.forEach((key, k) => {
        let data = byKey.get(key);
        if (!data) byKey.set(key, (data = { renderings: [], viaAdjective: [] }));
        if (data.renderings.includes(i)) return;
        data.renderings.push(i);
        if (k >= plain) data.viaAdjective.push(i);
      });
    });
    // Spaces around each key make every hit a whole-word hit.
    this.#automaton = new AhoCorasick([...byKey].map(([key, data]) => ({ pattern: ` ${key} `, data })));
  }

  find(text: string): EnHit[] {
    const tokens = englishTokens(text);
    if (tokens.length === 0) return [];
    const all = tokens.map((_, i) => i);
    const hits = this.#search(text, tokens, all);
    // Ordinals inside a name (“the Standing Committee of the 12th National People's Congress”) are skipped in a
    // second pass, so that the name is still found.
    const withoutOrdinals = all.filter((i) => !ORDINAL.test(tokens[i]!.key));
    if (withoutOrdinals.length === all.length) return hits;
    const seen = new Set(hits.map((h) => `${h.firstWord} ${h.endWord} ${h.renderings.join()}`));
    for (const h of this.#search(text, tokens, withoutOrdinals)) {
      const k = `${h.firstWord} ${h.endWord} ${h.renderings.join()}`;
      if (!seen.has(k)) hits.push(h), seen.add(k);
    }
    return hits;
  }

  /** Hits over the tokens listed in `use` (indices into `tokens`), reported in token indices. */
  #search(text: string, tokens: readonly EnToken[], use: readonly number[]): EnHit[] {
    let keyed = ' ';
    const wordAt = new Map<number, number>();
    use.forEach((i, n) => {
      wordAt.set(keyed.length - 1, n);
      keyed += `${tokens[i]!.key} `;
    });
    wordAt.set(keyed.length - 1, use.length);
    return this.#automaton.search(keyed).map((m) => {
      const firstWord = use[wordAt.get(m.start)!]!;
      const endWord = use[wordAt.get(m.end - 1)! - 1]! + 1;
      return {
        renderings: m.data?.renderings ?? [],
        viaAdjective: m.data?.viaAdjective ?? [],
        firstWord,
        endWord,
        surface: text.slice(tokens[firstWord]!.start, tokens[endWord - 1]!.end).replace(/\s+/g, ' '),
      };
    });
  }
}
