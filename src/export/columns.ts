// The termbase table: one concept per row, language-coded headers that memoQ, Trados (MultiTerm Convert,
// Glossary Converter), Phrase and Crowdin map without editing. Shared by the XLSX "Terms" sheet and the CSV.
import type { TermRecord } from '../types.ts';
import { roundScore } from './text.ts';

/** Synonyms share one cell, separated like this (what the CAT tools' Excel importers split on). */
export const SYNONYM_SEPARATOR = '; ';

export interface TermColumn {
  header: string;
  value: (record: TermRecord) => string | number;
  /** Widest a column gets in Excel, in characters (long text wraps in the cell instead). */
  maxWidth?: number;
}

/** What the status column says: `glossary`, `candidate`, or `needs translation` (contains a glossary term). */
export function statusLabel(record: TermRecord): string {
  if (record.status === 'candidate' && record.needsTranslation) return 'needs translation';
  return record.status;
}

export const TERM_COLUMNS: TermColumn[] = [
  { header: 'zh-CN', value: (r) => r.zh },
  { header: 'zh-CN pinyin', value: (r) => r.pinyin },
  { header: 'zh-TW', value: (r) => r.tw },
  { header: 'zh-HK', value: (r) => r.hk },
  { header: 'en-US', value: (r) => r.en ?? '', maxWidth: 50 },
  { header: 'en-US admitted', value: (r) => r.enAdmitted.join(SYNONYM_SEPARATOR), maxWidth: 50 },
  { header: 'en-US deprecated', value: (r) => r.enDeprecated.join(SYNONYM_SEPARATOR), maxWidth: 50 },
  { header: 'status', value: statusLabel },
  { header: 'domain', value: (r) => r.domain ?? '' },
  { header: 'freq', value: (r) => r.freq },
  { header: 'docFreq', value: (r) => r.docFreq },
  { header: 'score', value: (r) => roundScore(r.score) },
  { header: 'context', value: (r) => r.contexts[0]?.text ?? '', maxWidth: 60 },
  { header: 'source', value: (r) => r.source ?? '', maxWidth: 40 },
  { header: 'note', value: (r) => r.note ?? '', maxWidth: 50 },
  { header: 'related', value: (r) => r.related.join(SYNONYM_SEPARATOR), maxWidth: 40 },
  // A word-by-word dictionary gloss for terms without an official rendering: a hint, never a translation.
  { header: 'gloss (CC-CEDICT)', value: (r) => (r.en ? '' : (r.gloss ?? '')), maxWidth: 50 },
];

export function termRows(records: TermRecord[]): (string | number)[][] {
  return records.map((r) => TERM_COLUMNS.map((c) => c.value(r)));
}
