// Recurring source terms that the glossary lacks: the extractor's candidates over the source side of the
// bitext. Their renderings are unknown, so only their consistency is checked (inconsistent-recurring).
import { sentencesFromText } from '../corpus/index.ts';
import { extractFromSentences } from '../extract/index.ts';
import type { TranslationUnit } from '../types.ts';

export interface RecurringOptions {
  /** A recurring term must occur in at least this many segments (default 5). */
  minSegments?: number;
  /** Look at no more than this many extracted terms, best first (default 200). */
  maxRecurring?: number;
  /** Extract from at most this many segments, evenly spaced (default 10,000): a term that recurs shows up there. */
  recurringSample?: number;
}

export const DEFAULT_RECURRING: Required<RecurringOptions> = { minSegments: 5, maxRecurring: 200, recurringSample: 10_000 };

export function recurringSourceTerms(units: readonly TranslationUnit[], options: RecurringOptions = {}): string[] {
  const opts = { ...DEFAULT_RECURRING, ...options };
  if (units.length < opts.minSegments) return [];
  const step = Math.max(1, units.length / opts.recurringSample);
  const sample: string[] = [];
  for (let i = 0; i < units.length; i += step) sample.push(units[Math.floor(i)]!.source);
  const minFreq = Math.max(2, Math.round(opts.minSegments / step));
  const sentences = sentencesFromText(sample.join('\n'), units[0]!.file, 'bitext-source');
  return extractFromSentences(sentences, { minFreq, top: opts.maxRecurring })
    .filter((c) => c.docFreq >= 1 && [...c.term].length >= 2)
    .map((c) => c.term);
}
