// Lint report formatters: plain functions (problems, counts) → text, in one map (textlint style).
import type { GlossaryCounts } from './lint.ts';
import { place, type GlossaryProblem } from './problem.ts';

export type LintFormat = 'text' | 'json';

const plural = (n: number, word: string, many = `${word}s`) => `${n} ${n === 1 ? word : many}`;

function text(problems: readonly GlossaryProblem[], counts: GlossaryCounts): string {
  const lines = problems.map((p) => `${place(p.file, p.line)}: ${p.severity}: ${p.message} [${p.rule}]`);
  const domains = counts.byDomain.map(([domain, n]) => `${domain} ${n}`).join(', ');
  const summary = `${plural(counts.entries, 'entry', 'entries')} in ${plural(counts.files, 'file')}${domains ? ` (${domains})` : ''}`;
  if (problems.length === 0) return `${summary}: no problems\n`;
  const errors = problems.filter((p) => p.severity === 'error').length;
  lines.push(`${summary}: ${plural(problems.length, 'problem')} (${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')})`);
  return lines.join('\n') + '\n';
}

function json(problems: readonly GlossaryProblem[], counts: GlossaryCounts): string {
  return JSON.stringify({ problems, counts: { ...counts, byDomain: Object.fromEntries(counts.byDomain) } }, null, 2) + '\n';
}

export const LINT_FORMATTERS: Record<LintFormat, (problems: readonly GlossaryProblem[], counts: GlossaryCounts) => string> = { text, json };
