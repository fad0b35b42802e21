// Output formats of `zhterm enrich`: plain functions from enrichments to text, in one map.
import type { Enrichment, HskLevels } from '../types.ts';

export type EnrichFormat = 'tsv' | 'json';

const TSV_COLUMNS = ['term', 'pinyin', 'pinyinNumbers', 'hant', 'tw', 'hk', 'hsk3', 'hsk2', 'gloss'] as const;

/** A word's level, or for a phrase each word's level: "人类 3 · 命运 3 · 共同体 7" ("-" where a word is not listed). */
function hskField(hsk: HskLevels | null, key: 'hsk3' | 'hsk2'): string {
  if (hsk === null) return '';
  if (!hsk.words) return hsk[key] === null ? '' : String(hsk[key]);
  return hsk.words.map((w) => `${w.word} ${w[key] ?? '-'}`).join(' · ');
}

const clean = (value: string | null): string => (value ?? '').replace(/[\t\r\n]+/g, ' ');

function toTsv(rows: Enrichment[]): string {
  const lines = [TSV_COLUMNS.join('\t')];
  for (const e of rows) {
    lines.push([e.term, e.pinyin, e.pinyinNumbers, e.hant, e.tw, e.hk, hskField(e.hsk, 'hsk3'), hskField(e.hsk, 'hsk2'), clean(e.gloss)].map(clean).join('\t'));
  }
  return lines.join('\n') + '\n';
}

function toJson(rows: Enrichment[]): string {
  return JSON.stringify(rows, null, 2) + '\n';
}

export const ENRICH_FORMATTERS: Record<EnrichFormat, (rows: Enrichment[]) => string> = { tsv: toTsv, json: toJson };
