// Formatters for extracted candidates: plain functions (candidates) => string, one map.
import type { Candidate, TermRecord } from '../types.ts';

export type ExtractFormat = 'table' | 'tsv' | 'json';

/** Display columns of a string on a terminal: East Asian wide characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

const place = (c: Candidate): string => (c.first.line > 0 ? `${c.first.file}:${c.first.line}` : '');
const tsvCell = (s: string): string => s.replace(/[\t\n\r]/g, ' ');

/** One row per candidate: term, freq, docFreq, score, forms (|-separated), first, contexts (|-separated). */
export function formatTsv(candidates: Candidate[]): string {
  const head = ['term', 'freq', 'docFreq', 'score', 'forms', 'first', 'contexts'].join('\t');
  const rows = candidates.map((c) =>
    [c.term, c.freq, c.docFreq, c.score, c.forms.join('|'), place(c), c.contexts.map((x) => x.text).join('|')].map((v) => tsvCell(String(v))).join('\t'),
  );
  return [head, ...rows].join('\n') + '\n';
}

/** A JSON array, best first. */
export function formatJson(candidates: Candidate[]): string {
  return JSON.stringify(candidates, null, 2) + '\n';
}

/** Columns padded to their widest cell (East Asian characters count two); the last column is not padded. */
function alignRows(head: string[], rows: string[][], right: boolean[]): string {
  if (rows.length === 0) return '';
  const widths = head.map((h, k) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[k]))));
  const line = (r: string[]): string => r.map((v, k) => (k === r.length - 1 ? v : pad(v, widths[k], right[k]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}

/** Aligned columns for reading on a terminal: rank, term, freq, docs, score, first context. */
export function formatTable(candidates: Candidate[]): string {
  const rows = candidates.map((c, i) => [String(i + 1), c.term, String(c.freq), String(c.docFreq), c.score.toFixed(2), c.contexts[0]?.text ?? '']);
  return alignRows(['#', 'term', 'freq', 'docs', 'score', 'context'], rows, [true, false, true, true, true, false]);
}

export const EXTRACT_FORMATTERS: Record<ExtractFormat, (candidates: Candidate[]) => string> = {
  table: formatTable,
  tsv: formatTsv,
  json: formatJson,
};

/** Enriched or glossary-merged records (`extract --enrich`, `--glossary`): the same three formats. */
const RECORD_COLUMNS = ['zh', 'pinyin', 'hant', 'en', 'status', 'freq', 'docFreq', 'score'] as const;

function recordRow(r: TermRecord): string[] {
  return [r.zh, r.pinyin, r.hant, r.en ?? '', r.status, String(r.freq), String(r.docFreq), String(r.score)];
}

export const RECORD_FORMATTERS: Record<ExtractFormat, (records: TermRecord[]) => string> = {
  tsv: (records) => [RECORD_COLUMNS.join('\t'), ...records.map((r) => recordRow(r).map(tsvCell).join('\t'))].join('\n') + '\n',
  json: (records) => JSON.stringify(records, null, 2) + '\n',
  table: (records) => alignRows(['#', ...RECORD_COLUMNS], records.map((r, i) => [String(i + 1), ...recordRow(r)]), [true, false, false, false, false, false, true, true, true]),
};
