// Every export format, by name: a plain function from merged records to file contents, and the file it goes to.
import type { TermRecord } from '../types.ts';
import { writeAnki, type AnkiOptions } from './anki.ts';
import { writeCsv } from './csv.ts';
import { writeJson } from './json.ts';
import { writePleco, type PlecoOptions } from './pleco.ts';
import { writeTbx, type TbxOptions } from './tbx.ts';
import { writeTermbaseXlsx, type WorkbookAbout } from './xlsx.ts';

export interface ExportContext {
  /** What the About sheet records (corpus files, date, version, settings). */
  about: WorkbookAbout;
  tbx?: TbxOptions;
  anki?: AnkiOptions;
  pleco?: PlecoOptions;
}

export interface Formatter {
  /** File name written into the output directory. */
  fileName: string;
  description: string;
  write: (records: TermRecord[], context: ExportContext) => string | Uint8Array;
}

export const FORMATTERS = {
  xlsx: { fileName: 'termbase.xlsx', description: 'Excel termbase (Terms, Contexts, About)', write: (r, ctx) => writeTermbaseXlsx(r, ctx.about) },
  tbx: { fileName: 'termbase.tbx', description: 'TBX-Basic termbase (v2 2008 by default, or v3)', write: (r, ctx) => writeTbx(r, ctx.tbx) },
  csv: { fileName: 'termbase.csv', description: 'CSV, UTF-8 with BOM, termbase columns', write: (r) => writeCsv(r) },
  json: { fileName: 'termbase.json', description: 'the merged records', write: (r) => writeJson(r) },
  anki: { fileName: 'anki.txt', description: 'Anki deck (tab-separated with header lines)', write: (r, ctx) => writeAnki(r, ctx.anki) },
  pleco: { fileName: 'pleco.txt', description: 'Pleco flashcards', write: (r, ctx) => writePleco(r, ctx.pleco) },
} satisfies Record<string, Formatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATTERS, name);
}

export { writeAnki, writeCsv, writeJson, writePleco, writeTbx, writeTermbaseXlsx };
export { readTbx } from './tbx.ts';
export { readXlsxGlossary } from './xlsx.ts';
export type { TbxOptions, WorkbookAbout };
