// Reads the rows of a TSV or CSV glossary into entries. Pure: text in, entries and problems out.
// Every malformed row becomes a problem naming its line; no row is skipped silently (blank rows carry no data).
import { parse as parseCsvText } from 'csv-parse/sync';
import type { GlossaryEntry } from '../types.ts';
import { COLUMNS, LIST_COLUMNS, REQUIRED_COLUMNS, cellsToEntry, isColumn, type Column } from './format.ts';
import type { GlossaryProblem } from './problem.ts';

export interface TableResult {
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

/** One row of cells and the line it starts on. */
interface Row {
  line: number;
  cells: string[];
}

/** Parses the project format (TSV: tab-separated, no quoting, header row). */
export function parseTsv(text: string, file: string): TableResult {
  const rows: Row[] = text
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((lineText, i) => ({ line: i + 1, cells: lineText.replace(/\r$/, '').split('\t') }));
  return rowsToEntries(rows, file, 'tsv');
}

/**
 * Parses a CSV glossary (RFC 4180 quoting, header row); values spanning lines are rejected. The delimiter is the
 * one the header row uses: `,`, or `;` as Excel writes CSV in locales where the comma is the decimal mark.
 */
export function parseCsv(text: string, file: string): TableResult {
  const headerLine = text.replace(/^\uFEFF/, '').split('\n', 1)[0];
  const delimiter = !headerLine.includes(',') && headerLine.includes(';') ? ';' : ',';
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsvText(text, { delimiter, info: true, bom: true, relax_column_count: true, skip_empty_lines: false }) as unknown as typeof records;
  } catch (err) {
    const { lines, message } = err as { lines?: number; message: string };
    return { entries: [], problems: [{ file, line: lines, rule: 'csv-syntax', severity: 'error', message: message.replace(/ at line \d+/, '') }] };
  }
  const rows = records.map(({ record, info }) => ({
    // csv-parse counts lines up to the end of the record; a quoted line break makes the record start earlier.
    line: info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0),
    cells: record,
  }));
  return rowsToEntries(rows, file, delimiter === ';' ? 'semicolon' : 'csv');
}

/** How the fields of a row are separated, as messages name it. */
type RowKind = 'tsv' | 'csv' | 'semicolon';
const SEPARATED: Record<RowKind, string> = { tsv: 'tab-separated', csv: 'comma-separated', semicolon: 'semicolon-separated' };

function rowsToEntries(rows: Row[], file: string, kind: RowKind): TableResult {
  const problems: GlossaryProblem[] = [];
  const problem = (line: number | undefined, rule: string, message: string) =>
    problems.push({ file, line, rule, severity: 'error', message });

  const isBlank = (row: Row) => row.cells.every((cell) => cell.trim() === '');
  const headerRow = rows.find((row) => !isBlank(row));
  if (!headerRow) {
    problem(undefined, 'header', `empty file: expected a header row (${COLUMNS.join(', ')})`);
    return { entries: [], problems };
  }
  const header = readHeader(headerRow.cells);
  if (typeof header === 'string') {
    problem(headerRow.line, 'header', header);
    return { entries: [], problems };
  }

  const entries: GlossaryEntry[] = [];
  for (const row of rows) {
    if (row.line <= headerRow.line || isBlank(row)) continue;
    const before = problems.length;
    if (row.cells.length !== header.length) {
      problem(row.line, 'column-count', `expected ${header.length} ${SEPARATED[kind]} fields, found ${row.cells.length}`);
      continue;
    }
    const cells: Partial<Record<Column, string>> = {};
    header.forEach((column, i) => (cells[column] = row.cells[i].trim()));
    for (const column of header) {
      const value = cells[column] ?? '';
      if (kind === 'tsv' && /^".*"$/s.test(value) && value.length > 1) {
        problem(row.line, 'quoted-cell', `${column} is wrapped in quotes ("…"); TSV cells are not quoted (Excel adds them when a cell contains a " mark)`);
      } else if (/[\n\r\t]/.test(value)) {
        problem(row.line, 'line-break', `${column} contains a line break or tab, which the project's TSV format cannot hold`);
      } else if (column === 'en' && value.includes('|')) {
        problem(row.line, 'list-item', `en holds |: ${JSON.stringify(value)}; give one preferred rendering and the others in en_admitted`);
      } else if (LIST_COLUMNS.includes(column) && value !== '' && value.split('|').some((item) => item.trim() === '')) {
        problem(row.line, 'list-item', `${column} has an empty item: ${JSON.stringify(value)} (items are separated by |)`);
      }
    }
    for (const column of REQUIRED_COLUMNS) {
      if ((cells[column] ?? '') === '') problem(row.line, 'required-field', `${column} is empty`);
    }
    if (problems.length === before) entries.push({ ...cellsToEntry(cells), origin: { file, line: row.line } });
  }
  return { entries, problems };
}

/** The columns named by a header row, or the reason it is not a glossary header. */
function readHeader(cells: string[]): Column[] | string {
  const names = cells.map((cell) => cell.trim().toLowerCase());
  const unnamed = names.indexOf('');
  if (unnamed !== -1) return `column ${unnamed + 1} of the header has no name (expected ${COLUMNS.join(', ')})`;
  const unknown = names.filter((name) => !isColumn(name));
  if (unknown.length > 0) {
    return `unknown column ${unknown.map((name) => JSON.stringify(name)).join(', ')} in the header (expected ${COLUMNS.join(', ')})`;
  }
  const repeated = names.find((name, i) => names.indexOf(name) !== i);
  if (repeated) return `column ${repeated} appears twice in the header`;
  const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
  if (missing.length > 0) return `the header has no ${missing.join(' or ')} column`;
  return names as Column[];
}
