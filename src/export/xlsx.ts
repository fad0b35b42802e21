// The termbase workbook: "Terms" (one concept per row, language-coded headers), "Contexts" (every corpus
// sentence kept for a term) and "About" (how it was made). Written with SheetJS; text that starts like a
// formula stays text.
import * as XLSX from 'xlsx';
import type { TermRecord } from '../types.ts';
import { TERM_COLUMNS, termRows } from './columns.ts';
import { freezeHeaderRows } from './xlsx-freeze.ts';
import { contextPlace } from './text.ts';

export { readXlsxGlossary } from './xlsx-read.ts';

export interface WorkbookAbout {
  corpusFiles: string[];
  date: string;
  version: string;
  settings: Record<string, string | number | boolean>;
}

type Cell = string | number;

export function writeTermbaseXlsx(records: TermRecord[], about: WorkbookAbout): Uint8Array {
  const wb = XLSX.utils.book_new();
  // Fixed document properties keep the file free of the wall-clock time (the date is the build's own).
  const created = new Date(`${about.date.slice(0, 10)}T00:00:00Z`);
  wb.Props = { Title: 'zhterm termbase', Author: 'zhterm', ...(Number.isNaN(created.getTime()) ? {} : { CreatedDate: created }) };
  const terms = sheet([TERM_COLUMNS.map((c) => c.header), ...termRows(records)], TERM_COLUMNS.map((c) => c.maxWidth ?? 30));
  XLSX.utils.book_append_sheet(wb, terms, 'Terms');
  const contexts = records.flatMap((r) => r.contexts.map((c): Cell[] => [r.zh, contextPlace(c), c.text]));
  XLSX.utils.book_append_sheet(wb, sheet([['term', 'file:line', 'sentence'], ...contexts], [24, 40, 100]), 'Contexts');
  XLSX.utils.book_append_sheet(wb, aboutSheet(about), 'About');
  // Shared strings (bookSST) are what every OOXML reader expects; SheetJS's default "str" cells confuse some importers.
  const data = XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, bookSST: true }) as ArrayBuffer;
  return freezeHeaderRows(new Uint8Array(data), ['Terms', 'Contexts']);
}

/** A table with a header row: autofilter, and column widths fitted to the content up to a maximum. */
function sheet(rows: Cell[][], maxWidths: number[]): XLSX.WorkSheet {
  const ws = XLSX.utils.aoa_to_sheet([]);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === '') return;
      ws[XLSX.utils.encode_cell({ r, c })] = cellOf(value);
    }),
  );
  const width = rows[0].length;
  ws['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: Math.max(rows.length - 1, 0), c: width - 1 } });
  ws['!autofilter'] = { ref: ws['!ref'] };
  ws['!cols'] = rows[0].map((_, c) => ({ wch: Math.min(maxWidths[c] ?? 30, Math.max(8, ...rows.map((row) => displayWidth(String(row[c] ?? ''))))) + 2 }));
  return ws;
}

/** Strings are always string cells (type s), formatted as text (@) so that editing one never makes a formula. */
function cellOf(value: Cell): XLSX.CellObject {
  return typeof value === 'number' ? { t: 'n', v: value } : { t: 's', v: value, z: '@' };
}

function aboutSheet(about: WorkbookAbout): XLSX.WorkSheet {
  const rows: Cell[][] = [
    ['field', 'value'],
    ['tool', `zhterm ${about.version}`],
    ['date', about.date],
    ...about.corpusFiles.map((f, i): Cell[] => [i === 0 ? 'corpus files' : '', f]),
    ...Object.entries(about.settings).map(([k, v]): Cell[] => [k, typeof v === 'boolean' ? String(v) : v]),
  ];
  return sheet(rows, [16, 80]);
}

/** Columns in Excel are measured in Latin characters; a CJK character takes two. */
function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
