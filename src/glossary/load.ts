// STUB from the foundation: the glossary issue replaces this.
import type { GlossaryEntry } from '../types.ts';

/**
 * Loads a glossary: the project folder format (a directory of .tsv files, see README) or any importable file
 * (TSV/CSV, XLSX, TBX). A malformed line throws a ZhtermError naming file:line; nothing is silently dropped.
 */
export function loadGlossary(_path: string): GlossaryEntry[] {
  return [];
}
