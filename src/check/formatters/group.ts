// Findings grouped by term for the human-readable reports: terms with errors first, then warnings, then
// information only (a reviewer reads what fails the check first); in order of first finding within each.
import type { Finding, Severity } from '../../types.ts';

export interface TermGroup {
  term: string;
  /** What the glossary (or the majority) expects for this term. */
  expected: string[];
  findings: Finding[];
}

export function groupByTerm(findings: readonly Finding[]): TermGroup[] {
  const groups = new Map<string, TermGroup>();
  for (const f of findings) {
    let g = groups.get(f.term);
    if (!g) groups.set(f.term, (g = { term: f.term, expected: [], findings: [] }));
    // a source-variant finding expects a Chinese form, not an English rendering: the heading shows renderings only
    const renders = f.check !== 'source-variant';
    if (renders && (g.expected.length === 0 || (f.check === 'missing-translation' && g.findings.every((x) => x.check !== 'missing-translation')))) g.expected = f.expected;
    g.findings.push(f);
  }
  const worst = (g: TermGroup): number => Math.min(...g.findings.map((f) => SEVERITY_RANK[f.severity]));
  // Array.prototype.sort is stable: first-finding order is kept among terms of the same worst severity
  return [...groups.values()].sort((a, b) => worst(a) - worst(b));
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** The last line of a report; `checked`, when known, is the number of segments read (a clean run says how many). */
export function summary(findings: readonly Finding[], checked?: number): string {
  const c = countBySeverity(findings);
  const segments = new Set(findings.map((f) => `${f.file}\t${f.id}`)).size;
  const plural = (n: number, w: string): string => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (findings.length === 0) return checked === undefined ? 'No terminology problems found.' : `No terminology problems found in ${plural(checked, 'segment')}.`;
  const where = checked === undefined ? plural(segments, 'segment') : `${segments} of ${plural(checked, 'segment')}`;
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${c.info} info in ${where}`;
}

export function place(f: Finding): string {
  return f.file === undefined ? `#${f.id}` : `${f.file}:${f.line ?? 0}`;
}
