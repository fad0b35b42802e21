// The terminal report: one block per term (the term highlighted), one line per finding, a summary line.
// Colours only when asked (the CLI asks when standard output is a TTY and NO_COLOR is unset).
import type { Finding, Severity } from '../../types.ts';
import { groupByTerm, place, summary } from './group.ts';

export interface TableOptions {
  /** ANSI colours (default false). */
  color?: boolean;
  /** Segments read, for the summary line. */
  checked?: number;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36' };

export function formatTable(findings: readonly Finding[], options: TableOptions = {}): string {
  const paint = (code: string, s: string): string => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const group of groupByTerm(findings)) {
    const expected = group.expected.length > 0 ? `  → ${group.expected.join(' | ')}` : '';
    lines.push(`${paint('1;35', group.term)}${paint('2', expected)}`);
    const rows = group.findings.map((f) => [place(f), `#${f.id}`, f.severity, f.check, f.message ?? ''] as const);
    const w0 = Math.max(...rows.map((r) => r[0].length));
    const w1 = Math.max(...rows.map((r) => r[1].length));
    group.findings.forEach((f, i) => {
      const [loc, id, sev, check, message] = rows[i]!;
      const highlighted = options.color ? message.split(group.term).join(paint('1;35', group.term)) : message;
      lines.push(`  ${loc.padEnd(w0)}  ${id.padEnd(w1)}  ${paint(SEVERITY_COLOR[sev], sev.padEnd(7))}  ${paint('2', check.padEnd(24))}  ${highlighted}`);
    });
    lines.push('');
  }
  lines.push(summary(findings, options.checked));
  return `${lines.join('\n')}\n`;
}
