// TSV/CSV bitexts: a header naming the columns (id, zh, en; source/target and zh-CN/en-US also read), or two
// columns zh, en without a header. TSV is split on tabs with no quoting (as IANA's text/tab-separated-values),
// so an English cell may begin with a quotation mark; CSV goes through csv-parse.
import { parse } from 'csv-parse/sync';
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import { DEFAULT_READ_OPTIONS, type ReadBitextOptions } from './options.ts';

type Column = 'id' | 'zh' | 'en';

function columnOf(name: string): Column | undefined {
  const n = name.trim().toLowerCase();
  if (n === 'id' || n === 'segment' || n === 'segment id') return 'id';
  if (n === 'source' || n === 'zh' || /^zh[-_]/.test(n)) return 'zh';
  if (n === 'target' || n === 'en' || /^en[-_]/.test(n)) return 'en';
  return undefined;
}

interface Row {
  cells: string[];
  line: number;
}

function tsvRows(text: string): Row[] {
  return text.split(/\r?\n/).map((l, i) => ({ cells: l.split('\t'), line: i + 1 }));
}

function csvRows(text: string, file: string): Row[] {
  try {
    const records = parse(text, { info: true, relax_column_count: true, skip_empty_lines: false, bom: true }) as unknown as { record: string[]; info: { lines: number } }[];
    return records.map((r) => ({ cells: r.record, line: r.info.lines }));
  } catch (err) {
    const e = err as { lines?: number; message: string };
    throw inputError(file, e.lines, `malformed CSV: ${e.message.replace(/^.*?:\s*/, '').split('\n')[0]}`);
  }
}

export function readDelimited(text: string, file: string, delimiter: '\t' | ',', options: ReadBitextOptions = {}): TranslationUnit[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  const rows = (delimiter === '\t' ? tsvRows(text) : csvRows(text, file)).filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (rows.length === 0) throw inputError(file, undefined, 'no segments');
  const first = rows[0]!;
  const named = first.cells.map(columnOf);
  let columns: Column[];
  let body = rows;
  if (named.includes('zh') || named.includes('en')) {
    const unknown = first.cells.findIndex((_, i) => named[i] === undefined);
    if (unknown >= 0) throw inputError(file, first.line, `unknown column "${first.cells[unknown]}" (expected id, zh, en)`);
    columns = named as Column[];
    for (const need of ['zh', 'en'] as const) {
      if (!columns.includes(need)) throw inputError(file, first.line, `missing column "${need}" (expected id, zh, en)`);
    }
    const dup = columns.find((c, i) => columns.indexOf(c) !== i);
    if (dup) throw inputError(file, first.line, `column "${dup}" given twice`);
    body = rows.slice(1);
  } else if (first.cells.length === 2) {
    columns = ['zh', 'en'];
  } else {
    throw inputError(file, first.line, `${first.cells.length} columns without a header: expected a header row id, zh, en or two columns zh, en`);
  }
  const units: TranslationUnit[] = [];
  for (const row of body) {
    if (row.cells.length !== columns.length) {
      throw inputError(file, row.line, `${row.cells.length} columns, expected ${columns.length} (${columns.join(', ')})`);
    }
    const cell = (c: Column): string => row.cells[columns.indexOf(c)] ?? '';
    const source = cell('zh').trim();
    const target = cell('en').trim();
    const id = columns.includes('id') ? cell('id').trim() || String(row.line) : String(row.line);
    if (source === '' && target === '') continue;
    if (target === '') {
      if (opts.allowEmpty) continue;
      throw inputError(file, row.line, `empty target for segment ${id} (use --allow-empty to skip untranslated segments)`);
    }
    if (source === '') throw inputError(file, row.line, `empty source for segment ${id}`);
    units.push({ id, file, line: row.line, source, target });
  }
  return units;
}
