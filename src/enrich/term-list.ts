// A list of terms to enrich: one per line (the first tab-separated field, so a TSV can be fed as it is).
// Empty lines are skipped; lines without any Chinese character pass through, each with a warning.
import { hasHan } from './analyse.ts';

export interface ListedTerm {
  term: string;
  line: number;
}

export interface TermList {
  terms: ListedTerm[];
  /** `file:line: …` messages for lines that pass through unenriched. */
  warnings: string[];
}

export function parseTermList(text: string, file: string): TermList {
  const list: TermList = { terms: [], warnings: [] };
  text.replace(/^\uFEFF/, '').split('\n').forEach((raw, i) => {
    const term = (raw.split('\t')[0] ?? '').trim();
    if (term === '') return;
    list.terms.push({ term, line: i + 1 });
    if (!hasHan(term)) list.warnings.push(`${file}:${i + 1}: no Chinese characters in "${term}": passed through without enrichment`);
  });
  return list;
}
