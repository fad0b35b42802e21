// CSV with the termbase columns. UTF-8 with a byte-order mark, so that Excel opens the Chinese correctly.
import { stringify } from 'csv-stringify/sync';
import type { TermRecord } from '../types.ts';
import { TERM_COLUMNS, termRows } from './columns.ts';
import { looksLikeFormula } from './text.ts';

export function writeCsv(records: TermRecord[]): string {
  const rows = [TERM_COLUMNS.map((c) => c.header), ...termRows(records).map((row) => row.map(defuse))];
  // a lone line break in a cell (an Excel Alt+Enter in a glossary note) must be quoted too, not only CRLF
  return stringify(rows, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/**
 * Spreadsheets run a CSV cell that starts with = + - @ as a formula (CSV injection); the usual defence is a
 * leading apostrophe, which Excel hides. Numbers are left alone.
 */
function defuse(value: string | number): string | number {
  return typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : value;
}
