// Reads a glossary from the first sheet of a workbook, with either the glossary's own headers
// (zh, en, en_admitted, en_deprecated, pinyin, domain, note, source; lists separated by `|`) or the headers
// of zhterm's termbase export and CAT tools (zh-CN, en-US or any English locale, en-US admitted …; synonyms
// separated by `;`).
import * as XLSX from 'xlsx';
import type { GlossaryEntry } from '../types.ts';
import { inputError } from '../errors.ts';
import { splitList } from './text.ts';

type Field = 'zh' | 'en' | 'enAdmitted' | 'enDeprecated' | 'pinyin' | 'domain' | 'note' | 'source';

interface Layout {
  name: 'glossary' | 'termbase';
  separator: string;
  /** The field a (lower-cased) header names, if any. */
  field: (header: string) => Field | undefined;
}

const SHARED: Record<string, Field> = { domain: 'domain', note: 'note', source: 'source' };
const GLOSSARY_HEADERS: Record<string, Field> = { zh: 'zh', en: 'en', en_admitted: 'enAdmitted', en_deprecated: 'enDeprecated', pinyin: 'pinyin', ...SHARED };

/** Any English locale (en, en-US, en-GB, en-AU …), bare or followed by "admitted" or "deprecated". */
const ENGLISH_HEADER = /^en(?:-[a-z]{2,3})?(?: (admitted|deprecated))?$/;
/** Simplified Chinese as zhterm and CAT tools write it (zh-CN, zh-Hans, zh-SG), bare or followed by "pinyin". */
const CHINESE_HEADER = /^zh-(?:cn|hans|sg)( pinyin)?$/;

function termbaseField(header: string): Field | undefined {
  const english = ENGLISH_HEADER.exec(header);
  if (english) return english[1] === 'admitted' ? 'enAdmitted' : english[1] === 'deprecated' ? 'enDeprecated' : 'en';
  const chinese = CHINESE_HEADER.exec(header);
  if (chinese) return chinese[1] ? 'pinyin' : 'zh';
  return SHARED[header];
}

const LAYOUTS: Layout[] = [
  { name: 'glossary', separator: '|', field: (h) => GLOSSARY_HEADERS[h] },
  { name: 'termbase', separator: ';', field: termbaseField },
];

export function readXlsxGlossary(data: Uint8Array, file: string): GlossaryEntry[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, { type: 'array', dense: false });
  } catch (err) {
    throw inputError(file, undefined, `not a readable workbook (${(err as Error).message})`);
  }
  const ws = wb.Sheets[wb.SheetNames[0]];
  if (!ws || !ws['!ref']) throw inputError(file, undefined, 'the first sheet is empty');
  const firstRow = XLSX.utils.decode_range(ws['!ref']).s.r + 1;
  const rows = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: false, defval: '', blankrows: true });
  const written = (rows[0] ?? []).map((h) => String(h).trim());
  const header = written.map((h) => h.toLowerCase());
  const layout = LAYOUTS.find((l) => header.some((h) => l.field(h) === 'zh'));
  if (!layout) throw inputError(file, firstRow, 'first sheet has neither a `zh` column (glossary) nor a `zh-CN` column (termbase)');
  const columns = header.map((h) => layout.field(h));
  // a column that is not read must not be a rendering lost unsaid: any unknown one in the glossary layout (as in
  // the TSV format), an English one in the termbase layout (which has statistics columns the glossary ignores)
  const unread = written.filter((h, c) => h !== '' && columns[c] === undefined && (layout.name === 'glossary' || /^en\b/.test(header[c]!)));
  if (unread.length > 0) {
    const expected = layout.name === 'glossary' ? Object.keys(GLOSSARY_HEADERS).join(', ') : 'en-US (or another English locale), en-US admitted, en-US deprecated';
    throw inputError(file, firstRow, `unknown column ${unread.map((h) => JSON.stringify(h)).join(', ')} in the header of the first sheet (expected ${expected})`);
  }
  if (!columns.includes('en')) throw inputError(file, firstRow, `first sheet has no ${layout.name === 'glossary' ? '`en`' : '`en-US`'} column`);

  const entries: GlossaryEntry[] = [];
  rows.slice(1).forEach((row, i) => {
    const line = firstRow + 1 + i;
    const cells: Partial<Record<Field, string>> = {};
    // a second English column (en-GB beside en-US) adds its rendering as admitted
    const moreEnglish: string[] = [];
    columns.forEach((field, c) => {
      const value = String(row[c] ?? '').trim();
      if (!field || !value) return;
      if (!cells[field]) cells[field] = value;
      else if (field === 'en' && value !== cells.en) moreEnglish.push(value);
      else if (field === 'enAdmitted' || field === 'enDeprecated') cells[field] = `${cells[field]}${layout.separator}${value}`;
    });
    if (!Object.values(cells).some(Boolean)) return;
    if (!cells.zh) throw inputError(file, line, 'empty zh');
    if (!cells.en) {
      // In a termbase export a row without English is an extraction candidate, not a glossary entry.
      if (layout.name === 'termbase' && !cells.enAdmitted && !cells.enDeprecated) return;
      throw inputError(file, line, `no preferred English for ${cells.zh}`);
    }
    entries.push({
      zh: cells.zh,
      en: cells.en,
      enAdmitted: [...new Set([...moreEnglish, ...splitList(cells.enAdmitted ?? '', layout.separator)])],
      enDeprecated: splitList(cells.enDeprecated ?? '', layout.separator),
      ...(cells.pinyin ? { pinyin: cells.pinyin } : {}),
      ...(cells.domain ? { domain: cells.domain } : {}),
      ...(cells.note ? { note: cells.note } : {}),
      ...(cells.source ? { source: cells.source } : {}),
      origin: { file, line },
    });
  });
  return entries;
}
