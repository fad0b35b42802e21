// STUB from the foundation: the export issue replaces this (termbase workbook, read and write).
import type { GlossaryEntry, TermRecord } from '../types.ts';

export interface WorkbookAbout {
  corpusFiles: string[];
  date: string;
  version: string;
  settings: Record<string, string | number | boolean>;
}

export function writeTermbaseXlsx(_records: TermRecord[], _about: WorkbookAbout): Uint8Array {
  throw new Error('writeTermbaseXlsx: not implemented');
}

/** Reads the first sheet: glossary headers (zh, en, en_admitted …) or termbase headers (zh-CN, en-US …). */
export function readXlsxGlossary(_data: Uint8Array, _file: string): GlossaryEntry[] {
  throw new Error('readXlsxGlossary: not implemented');
}
