// The report as a workbook for reviewers who filter and annotate in Excel: one row per finding.
import * as XLSX from 'xlsx';
import type { Finding } from '../../types.ts';

export function formatXlsx(findings: readonly Finding[]): Uint8Array {
  const rows = findings.map((f) => ({
    term: f.term,
    check: f.check,
    severity: f.severity,
    segment: f.id,
    file: f.file ?? '',
    line: f.line ?? '',
    expected: f.expected.join(' | '),
    found: f.found.join(' | '),
    message: f.message ?? '',
    source: f.source ?? '',
    target: f.target ?? '',
  }));
  const header = ['term', 'check', 'severity', 'segment', 'file', 'line', 'expected', 'found', 'message', 'source', 'target'];
  const sheet = XLSX.utils.json_to_sheet(rows, { header });
  sheet['!cols'] = [{ wch: 16 }, { wch: 24 }, { wch: 9 }, { wch: 10 }, { wch: 24 }, { wch: 6 }, { wch: 36 }, { wch: 36 }, { wch: 80 }, { wch: 60 }, { wch: 80 }];
  sheet['!autofilter'] = { ref: sheet['!ref'] ?? 'A1:K1' };
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Findings');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array;
}
