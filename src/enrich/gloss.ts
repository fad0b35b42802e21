// A word-by-word CC-CEDICT gloss for learners (人类 humanity · 命运 fate · 共同体 community): what the words
// mean, never a translation of the term. Each word's sense is taken from the entry that matches its reading.
import type { Segment } from './analyse.ts';
import { lookup, maximumMatch, type CedictEntry } from './cedict.ts';
import { spanText, type RunReading, type Span } from './readings.ts';

export interface GlossOptions {
  /** Senses given when the term is a single word (default 3). */
  senses?: number;
}

const DEFAULT_OPTIONS: Required<GlossOptions> = { senses: 3 };

// Senses that only point elsewhere or add grammar notes.
const UNUSABLE = /^(variant of|old variant of|also written|CL:|surname |abbr\. for|Taiwan pr\.|erhua variant|used in |see )/;
const SEE = /^(?:see|see also|erhua variant of|variant of|old variant of|abbr\. for) (?:[^|\[\s]+\|)?([^\[\s,]+)/;

export function gloss(segments: Segment[], options: GlossOptions = {}): string | null {
  const { senses } = { ...DEFAULT_OPTIONS, ...options };
  const items: { word: string; senses: string[] }[] = [];
  for (const segment of segments) {
    if (segment.kind === 'other') continue;
    for (const word of glossWords(segment.reading)) {
      for (const piece of glossPieces(segment.reading, word)) {
        const found = sensesOf(segment.reading, piece);
        if (found.length > 0) items.push({ word: spanText(segment.reading.chars, piece), senses: found });
      }
    }
  }
  if (items.length === 0) return null;
  if (items.length === 1) return items[0]!.senses.slice(0, senses).join('; ');
  return items.map((item) => `${item.word} ${shorten(item.senses[0]!)}`).join(' · ');
}

/**
 * jieba's words, with runs of them that CC-CEDICT lists as one entry taken together, longest first
 * (共建 | 一带一路 "Belt and Road Initiative", not 一带 region · 一路 the whole journey).
 */
function glossWords(reading: RunReading): Span[] {
  const { chars } = reading;
  // words a correction fixes (澳人 | 治 | 澳) replace jieba's across them
  const fixed = reading.fixedWords;
  const words = [...fixed, ...reading.words.filter((w) => !fixed.some((f) => w.start < f.end && f.start < w.end))].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (let i = 0; i < words.length; ) {
    let last = i;
    for (let j = words.length - 1; j > i; j--) {
      if (lookup(chars.slice(words[i]!.start, words[j]!.end).join('')).length > 0) {
        last = j;
        break;
      }
    }
    out.push({ start: words[i]!.start, end: words[last]!.end });
    i = last + 1;
  }
  return out;
}

/** A word CC-CEDICT lists is glossed whole; any other word by the dictionary words inside it. */
function glossPieces(reading: RunReading, word: Span): Span[] {
  return lookup(spanText(reading.chars, word)).length > 0 ? [word] : maximumMatch(reading.chars, word);
}

function sensesOf(reading: RunReading, span: Span): string[] {
  const entries = lookup(spanText(reading.chars, span));
  const syllables = reading.syllables.slice(span.start, span.end).join(' ');
  // The common word before the name with the same reading (法 law, not France), unless the term has the name.
  const capitalised = reading.capital[span.start] ?? false;
  const matching = entries
    .filter((e) => e.syllables.join(' ').toLowerCase() === syllables)
    .sort((a, b) => Number(isName(a) !== capitalised) - Number(isName(b) !== capitalised));
  for (const entry of [...matching, ...entries]) {
    const usable = usableSenses(entry);
    if (usable.length > 0) return usable;
  }
  return seeAlso(entries);
}

const isName = (entry: CedictEntry) => /^[A-ZÜ]/.test(entry.syllables[0] ?? '');

/**
 * A cross-reference inside a sense: 陝西省|陕西省[Shan3 xi1 Sheng3], 安徽省[An1 hui1 Sheng3], or Chinese written beside
 * its English without a reading ("Hong Kong 香港, Macao 澳門|澳门", "Premier Zhou Enlai 周恩來|周恩来").
 */
const REFERENCE = /\s*(?:[\p{Script=Han}·]+\|)?[\p{Script=Han}·]+(?:\[[^\]]*\])?/gu;
/** What follows an example in a note: ", as in 第六 "sixth"". */
const EXAMPLE = /,?\s*(?:as in|e\.g\.|i\.e\.|such as)\b.*$/;

/**
 * Senses without the notes that only repeat Chinese ("(abbr. for 全國人民代表大會|…)", "(short name 京[Jing1])") and
 * without cross-references (capital of Shaanxi Province 陝西省|陕西省[Shan3 xi1 Sheng3]). A sense that is a note as a
 * whole is its text ("(prefix indicating ordinal number, as in 第六…)" → prefix indicating ordinal number).
 */
function usableSenses(entry: CedictEntry): string[] {
  return entry.senses
    .flatMap((s) => s.split('; '))
    .filter((s) => !UNUSABLE.test(s))
    .map((s) => {
      const text = isOneNote(s.trim()) ? s.trim().slice(1, -1).replace(EXAMPLE, '') : s.replace(/\s*\([^()]*[\p{Script=Han}\[][^()]*\)/gu, '');
      return withoutReferences(text).replace(/\s+/g, ' ').trim();
    })
    .filter((s) => s !== '' && !/\p{Script=Han}/u.test(s));
}

/** Whether a sense is one parenthesised note: "(prefix …)", not "(old) third person pronoun ("he" or "she")". */
function isOneNote(sense: string): boolean {
  if (!sense.startsWith('(') || !sense.endsWith(')')) return false;
  let depth = 0;
  for (let i = 0; i < sense.length; i++) {
    if (sense[i] === '(') depth++;
    else if (sense[i] === ')' && --depth === 0) return i === sense.length - 1;
  }
  return false;
}

/** A word that cannot end a phrase: a reference removed after it leaves it dangling ("literary equivalent of"). */
const DANGLING = /\b(?:of|for|to|as|than|like|with|from|by|in|the|a|an)\s*$/i;

/**
 * The sense without cross-references. A comma-separated part that pointed at the reference with a preposition
 * ("literary equivalent of 的[de5]") is dropped with it: "possessive particle, literary equivalent of 的[de5]" →
 * "possessive particle".
 */
function withoutReferences(text: string): string {
  return text
    .split(', ')
    .filter((part) => !part.split(REFERENCE).slice(0, -1).some((before) => DANGLING.test(before)))
    .join(', ')
    .replace(REFERENCE, '');
}

/**
 * Entries that only say "see 西安市[Xi1 an1 Shi4]", "erhua variant of 一點|一点" or "abbr. for 外商獨資企業|外商独资企业[…]"
 * are glossed by their target.
 */
function seeAlso(entries: CedictEntry[]): string[] {
  for (const entry of entries) {
    for (const sense of entry.senses) {
      const target = SEE.exec(sense)?.[1];
      const usable = target ? lookup(target).flatMap(usableSenses) : [];
      if (usable.length > 0) return usable;
    }
  }
  return [];
}

/**
 * In a word-by-word gloss, each word's first sense without parenthetical notes, and without a long explanation after
 * a comma (一带一路 Belt and Road Initiative[, Chinese infrastructure and investment strategy launched in 2013]). A
 * short rest stays: it is part of the sense (一国两制 one country, two systems).
 */
function shorten(sense: string): string {
  const plain = sense.replace(/\s*\([^)]*\)/g, '').trim() || sense;
  const comma = plain.indexOf(', ');
  return comma > 0 && plain.slice(comma + 2).split(' ').length > SHORT_REST_WORDS ? plain.slice(0, comma) : plain;
}

const SHORT_REST_WORDS = 3;
