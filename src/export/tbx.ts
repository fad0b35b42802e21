// STUB from the foundation: the export issue replaces this (TBX-Basic 2008 and TBX v3 Basic, read and write).
import type { GlossaryEntry, TermRecord } from '../types.ts';

export interface TbxOptions {
  /** 'v2' (TBX-Basic 2008, martif; default) or 'v3' (ISO 30042:2019 TBX-Basic, DCA). */
  version?: 'v2' | 'v3';
  /** 'default' (zh-CN, zh-TW, en-US) or 'bcp47' (zh-Hans, zh-Hant, en). */
  langCodes?: 'default' | 'bcp47';
}

export function writeTbx(_records: TermRecord[], _options: TbxOptions = {}): string {
  throw new Error('writeTbx: not implemented');
}

/** Reads TBX v2 or v3 into glossary entries; malformed XML is a ZhtermError naming file:line. */
export function readTbx(_xml: string, _file: string): GlossaryEntry[] {
  throw new Error('readTbx: not implemented');
}
