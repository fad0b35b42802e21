// Recurring source terms that the glossary lacks: the extractor's candidates over the source side of the
// bitext. Their renderings are unknown, so only their consistency is checked (inconsistent-recurring).
import { sentencesFromText } from '../corpus/index.ts';
import { extractFromSentences } from '../extract/index.ts';
import type { TranslationUnit } from '../types.ts';

export interface RecurringOptions {
  /** A recurring term must occur in at least this many segments (default 3). */
  minSegments?: number;
  /** Look at no more than this many extracted terms, best first (default 200). */
  maxRecurring?: number;
}

export const DEFAULT_RECURRING: Required<RecurringOptions> = { minSegments: 3, maxRecurring: 200 };

export function recurringSourceTerms(units: readonly TranslationUnit[], options: RecurringOptions = {}): string[] {
  const opts = { ...DEFAULT_RECURRING, ...options };
  if (units.length < opts.minSegments) return [];
  const sentences = sentencesFromText(units.map((u) => u.source).join('\n'), units[0]!.file, 'bitext-source');
  return extractFromSentences(sentences, { minFreq: opts.minSegments, top: opts.maxRecurring })
    .filter((c) => c.docFreq >= 1 && [...c.term].length >= 2)
    .map((c) => c.term);
}
