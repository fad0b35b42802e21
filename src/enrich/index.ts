// The enrich stage: pinyin (GB/T 16159-2012 orthography, tone marks and numbers), traditional forms (OpenCC),
// HSK levels and a CC-CEDICT gloss for each term. Pure apart from reading its data tables once, lazily.
import type { Enrichment } from '../types.ts';
import { analyseTerm, hasHan } from './analyse.ts';
import { defaultCorrections, type Corrections } from './corrections.ts';
import { gloss } from './gloss.ts';
import { hskLevels } from './hsk.ts';
import { termPinyin } from './pinyin.ts';
import { stripToneMarks, toneMarksToNumbers } from './syllables.ts';
import { spanText } from './readings.ts';
import { toSimplified, traditionalForms } from './traditional.ts';

export { toneMarksToNumbers, stripToneMarks } from './syllables.ts';
export { hasHan } from './analyse.ts';

export interface EnrichOptions {
  /** Spoken tones of 一 and 不 (yí dài yí lù) instead of citation tones (default false). */
  toneSandhi?: boolean;
  /** `pinyin` without tone marks (Xi'an); `pinyinNumbers` keeps its numbers (default false). */
  toneless?: boolean;
  /**
   * Tone-mark pinyin that wins over everything computed, keyed by the term as given or in simplified form:
   * a glossary entry's own pinyin (default none). `pinyinNumbers` is derived from it.
   */
  pinyinOverrides?: Map<string, string>;
  /** Readings of phrases, one numbered syllable per character (default: resources/enrich/pinyin-corrections.tsv). */
  corrections?: Corrections;
}

/** Pinyin, traditional forms, HSK levels and glosses for each term, in order. */
export function enrichTerms(terms: string[], options: EnrichOptions = {}): Enrichment[] {
  const corrections = options.corrections ?? defaultCorrections();
  return terms.map((term) => enrichTerm(term, options, corrections));
}

function enrichTerm(term: string, options: EnrichOptions, corrections: Corrections): Enrichment {
  if (!hasHan(term)) return { term, pinyin: '', pinyinNumbers: '', hant: term, tw: term, hk: term, hsk: null, gloss: null };
  const simplified = toSimplified(term);
  const segments = analyseTerm(simplified, corrections);
  const override = options.pinyinOverrides?.get(term) ?? options.pinyinOverrides?.get(simplified);
  const pinyin = override === undefined
    ? termPinyin(segments, options)
    : { pinyin: options.toneless ? stripToneMarks(override) : override, pinyinNumbers: toneMarksToNumbers(override) };
  const words = segments.flatMap((s) => (s.kind === 'han' ? s.reading.words.map((w) => spanText(s.reading.chars, w)) : []));
  return {
    term,
    ...pinyin,
    ...traditionalForms(simplified),
    hsk: hskLevels(simplified, words),
    gloss: gloss(segments),
  };
}
