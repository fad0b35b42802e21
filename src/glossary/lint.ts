// Lint: runs the rule table over entries and reports problems in file order. Pure; the CLI does the reading.
import type { GlossaryEntry } from '../types.ts';
import { RULES, type LintRule } from './lint-rules.ts';
import type { GlossaryProblem } from './problem.ts';

export interface LintOptions {
  /** The rules to run (default: all of RULES). */
  rules?: readonly LintRule[];
}

export function lintEntries(entries: readonly GlossaryEntry[], options: LintOptions = {}): GlossaryProblem[] {
  const rules = options.rules ?? RULES;
  const problems = rules.flatMap((rule) =>
    rule.check(entries).map(({ entry, message }) => ({
      file: entry.origin?.file ?? '(glossary)',
      line: entry.origin?.line,
      rule: rule.id,
      severity: rule.severity,
      message,
    })),
  );
  return sortProblems(problems);
}

/** By file (in the order given, else by name), then line; rule order breaks ties, so output is stable. */
export function sortProblems(problems: GlossaryProblem[], fileOrder: readonly string[] = []): GlossaryProblem[] {
  const rank = (file: string) => {
    const i = fileOrder.indexOf(file);
    return i === -1 ? fileOrder.length : i;
  };
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => rank(a.p.file) - rank(b.p.file) || (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : 0) || (a.p.line ?? 0) - (b.p.line ?? 0) || a.i - b.i)
    .map(({ p }) => p);
}

export interface GlossaryCounts {
  entries: number;
  files: number;
  /** Entries per domain, `no domain` for entries without one; sorted by count, then name. */
  byDomain: [string, number][];
}

export function countEntries(entries: readonly GlossaryEntry[], files: number): GlossaryCounts {
  const byDomain = new Map<string, number>();
  for (const entry of entries) {
    const domain = entry.domain ?? 'no domain';
    byDomain.set(domain, (byDomain.get(domain) ?? 0) + 1);
  }
  return {
    entries: entries.length,
    files,
    byDomain: [...byDomain].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)),
  };
}
