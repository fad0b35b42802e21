// The report formats in one map, textlint style: plain functions from findings to output.
import type { Finding } from '../../types.ts';
import { formatHtml } from './html.ts';
import { formatJson } from './json.ts';
import { formatTable } from './table.ts';
import { formatXlsx } from './xlsx.ts';

export type ReportFormat = 'table' | 'json' | 'html' | 'xlsx';

export interface FormatOptions {
  /** ANSI colours in the table (default false). */
  color?: boolean;
  /** Segments read, for the summary line of the table and the HTML page ("in 2 of 40 segments"). */
  checked?: number;
}

export const FORMATTERS: Record<ReportFormat, (findings: readonly Finding[], options: FormatOptions) => string | Uint8Array> = {
  table: (f, o) => formatTable(f, o),
  json: (f) => formatJson(f),
  html: (f, o) => formatHtml(f, o),
  xlsx: (f) => formatXlsx(f),
};
