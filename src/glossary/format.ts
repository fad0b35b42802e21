// The project glossary format: one concept per row of a UTF-8 TSV file whose first row names the columns.
// This module is the single description of those columns, shared by the TSV/CSV reader, the TSV writer and the docs.
import type { GlossaryEntry } from '../types.ts';

/** The columns in the order the project files use them. */
export const COLUMNS = ['zh', 'en', 'en_admitted', 'en_deprecated', 'pinyin', 'domain', 'note', 'source'] as const;
export type Column = (typeof COLUMNS)[number];

/** Columns that hold several renderings separated by `|`. */
export const LIST_COLUMNS: readonly Column[] = ['en_admitted', 'en_deprecated'];
/** Columns that may not be empty. */
export const REQUIRED_COLUMNS: readonly Column[] = ['zh', 'en'];

export const LIST_SEPARATOR = '|';

export function isColumn(name: string): name is Column {
  return (COLUMNS as readonly string[]).includes(name);
}

/** Splits a list cell: `a | b` → ['a', 'b']; an empty cell is an empty list. Empty items are reported by the caller. */
export function splitList(cell: string): string[] {
  return cell.trim() === '' ? [] : cell.split(LIST_SEPARATOR).map((item) => item.trim());
}

export function joinList(items: readonly string[]): string {
  return items.join(' | ');
}

/** The cells of one entry, by column (empty string for an absent optional value). */
export function entryToCells(entry: GlossaryEntry): Record<Column, string> {
  return {
    zh: entry.zh,
    en: entry.en,
    en_admitted: joinList(entry.enAdmitted),
    en_deprecated: joinList(entry.enDeprecated),
    pinyin: entry.pinyin ?? '',
    domain: entry.domain ?? '',
    note: entry.note ?? '',
    source: entry.source ?? '',
  };
}

/**
 * Builds an entry from cells already trimmed and checked (zh and en present, no empty list item).
 * Empty optional cells are left out rather than stored as '' so that every reader yields the same entry.
 */
export function cellsToEntry(cells: Partial<Record<Column, string>>): GlossaryEntry {
  const entry: GlossaryEntry = {
    zh: cells.zh ?? '',
    en: cells.en ?? '',
    enAdmitted: splitList(cells.en_admitted ?? ''),
    enDeprecated: splitList(cells.en_deprecated ?? ''),
  };
  for (const [column, key] of [['pinyin', 'pinyin'], ['domain', 'domain'], ['note', 'note'], ['source', 'source']] as const) {
    const value = cells[column];
    if (value !== undefined && value !== '') entry[key] = value;
  }
  return entry;
}
