// STUB from the foundation: the enrich issue replaces this.
import type { Enrichment } from '../types.ts';

export interface EnrichOptions {
  /** Spoken tones (yí dài yí lù) instead of citation tones (default false). */
  toneSandhi?: boolean;
}

/** Pinyin, traditional forms, HSK levels and glosses for each term, in order. */
export function enrichTerms(terms: string[], _options: EnrichOptions = {}): Enrichment[] {
  return terms.map((term) => ({ term, pinyin: '', pinyinNumbers: '', hant: term, tw: term, hk: term, hsk: null, gloss: null }));
}
