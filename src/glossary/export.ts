// Writes a glossary (entries, not corpus records) in each export format. The TSV and JSON writers are the
// project's own; xlsx and tbx go through the export stage's termbase writers on records made by entryToRecord.
import { writeTbx } from '../export/tbx.ts';
import { writeTermbaseXlsx, type WorkbookAbout } from '../export/xlsx.ts';
import { ZhtermError } from '../errors.ts';
import type { Enrichment, GlossaryEntry } from '../types.ts';
import { COLUMNS, LIST_SEPARATOR, entryToCells } from './format.ts';
import { glossaryToJson } from './json.ts';
import { place } from './problem.ts';
import { entryToRecord } from './record.ts';

export const EXPORT_FORMATS = ['tsv', 'json', 'xlsx', 'tbx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** TBX flavour: 'v2' TBX-Basic 2008 (default) or 'v3' ISO 30042:2019 TBX-Basic. */
  tbx?: 'v2' | 'v3';
  /** Computed pinyin and traditional forms by term, for xlsx and tbx (default none: export exactly what the glossary holds). */
  enrichments?: readonly Enrichment[];
  /** Tone-marked pinyin → tone numbers for pinyin overrides (xlsx and tbx; default: the enrich stage's toneMarksToNumbers). */
  toneNumbers?: (pinyin: string) => string;
  /** The workbook's About sheet (xlsx; default: today, no corpus). */
  about?: WorkbookAbout;
}

export function exportGlossary(entries: readonly GlossaryEntry[], format: ExportFormat, options: ExportOptions = {}): string | Uint8Array {
  switch (format) {
    case 'tsv':
      return glossaryToTsv(entries);
    case 'json':
      return glossaryToJson(entries);
    case 'xlsx':
    case 'tbx': {
      const enrichmentOf = new Map((options.enrichments ?? []).map((e) => [e.term, e]));
      const records = entries.map((entry) => entryToRecord(entry, { enrichment: enrichmentOf.get(entry.zh), toneNumbers: options.toneNumbers }));
      if (format === 'tbx') return writeTbx(records, { version: options.tbx ?? 'v2' });
      const about = options.about ?? { corpusFiles: [], date: new Date().toISOString().slice(0, 10), version: '', settings: {} };
      return writeTermbaseXlsx(records, about);
    }
  }
}

/**
 * The project format. Line breaks and tabs inside a value (possible in TBX or XLSX notes) become one space: the
 * only change the writer makes. A value the format cannot hold (a | inside a rendering) is a ZhtermError naming the entry.
 */
export function glossaryToTsv(entries: readonly GlossaryEntry[]): string {
  const rows = entries.map((entry) => {
    const cells = entryToCells({
      ...entry,
      en: checkedItem(entry, entry.en),
      enAdmitted: entry.enAdmitted.map((item) => checkedItem(entry, item)),
      enDeprecated: entry.enDeprecated.map((item) => checkedItem(entry, item)),
    });
    return COLUMNS.map((column) => {
      const value = cells[column].replace(/\s*[\t\r\n]\s*/g, ' ').trim();
      if (/^".*"$/s.test(value) && value.length > 1) {
        throw new ZhtermError(`${where(entry)}: ${column} of ${entry.zh} is wrapped in straight quotes, which the TSV reader takes for Excel quoting: use “…”`);
      }
      return value;
    }).join('\t');
  });
  return [COLUMNS.join('\t'), ...rows].join('\n') + '\n';
}

function checkedItem(entry: GlossaryEntry, item: string): string {
  if (item.includes(LIST_SEPARATOR)) {
    throw new ZhtermError(`${where(entry)}: the rendering "${item}" of ${entry.zh} contains |, which separates renderings in the TSV format`);
  }
  return item;
}

const where = (entry: GlossaryEntry) => (entry.origin ? place(entry.origin.file, entry.origin.line) : entry.zh);
