// A problem found in glossary data, by the reader (a malformed line) or by a lint rule (questionable content).
// Messages, not exceptions: lint lists them all; loadGlossary turns the first reader problem into a ZhtermError.

export type ProblemSeverity = 'error' | 'warning';

export interface GlossaryProblem {
  file: string;
  /** 1-based line; absent when the problem concerns the whole file. */
  line?: number;
  /** Rule id (lint) or reader check id (`encoding`, `header`, `column-count` …). */
  rule: string;
  severity: ProblemSeverity;
  message: string;
}

/** `file:line` (or `file` when there is no line), the place every message starts with. */
export function place(file: string, line: number | undefined): string {
  return line === undefined ? file : `${file}:${line}`;
}

/** A warning as commands print it on standard error. */
export function warningLine(p: GlossaryProblem): string {
  return `zhterm: ${place(p.file, p.line)}: warning: ${p.message}\n`;
}
