// Glossary entries as termbase records, for exporting the glossary itself (xlsx, tbx) without a corpus.
import { toneMarksToNumbers } from '../enrich/index.ts';
import type { Enrichment, GlossaryEntry, TermRecord } from '../types.ts';

export interface EntryToRecordOptions {
  /**
   * Computed pinyin and traditional forms to fill in (default none: the record holds exactly what the entry holds,
   * pinyin only when the entry overrides it, so that export → import gives the same entries back).
   */
  enrichment?: Enrichment;
  /** Tone-marked pinyin → tone numbers, for the entry's pinyin override (default: the enrich stage's toneMarksToNumbers). */
  toneNumbers?: (pinyin: string) => string;
}

export function entryToRecord(entry: GlossaryEntry, options: EntryToRecordOptions = {}): TermRecord {
  const { enrichment, toneNumbers = toneMarksToNumbers } = options;
  const pinyin = entry.pinyin ?? enrichment?.pinyin ?? '';
  const pinyinNumbers = entry.pinyin !== undefined ? toneNumbers(entry.pinyin) : (enrichment?.pinyinNumbers ?? '');
  const record: TermRecord = {
    zh: entry.zh,
    pinyin,
    pinyinNumbers,
    hant: enrichment?.hant ?? '',
    tw: enrichment?.tw ?? '',
    hk: enrichment?.hk ?? '',
    en: entry.en,
    enAdmitted: [...entry.enAdmitted],
    enDeprecated: [...entry.enDeprecated],
    status: 'glossary',
    freq: 0,
    docFreq: 0,
    score: 0,
    contexts: [],
    related: [],
  };
  if (entry.source !== undefined) record.source = entry.source;
  if (entry.note !== undefined) record.note = entry.note;
  if (entry.domain !== undefined) record.domain = entry.domain;
  if (enrichment) {
    record.hsk = enrichment.hsk;
    record.gloss = enrichment.gloss;
  }
  return record;
}
