// zhterm check: TranslationUnit[] + glossary → Finding[]. A pure kernel; reading files, formatting and exit
// codes live in readers/, formatters/ and src/cli/check.ts.
import type { CheckId, Finding, GlossaryEntry, Severity, TranslationUnit } from '../types.ts';
import { analyzeUnits, buildMatchers } from './analyze.ts';
import { recurringSourceTerms, type RecurringOptions } from './recurring.ts';
import { deprecatedTranslation } from './rules/deprecated-translation.ts';
import { segmentOrder, type Rule } from './rules/finding.ts';
import { inconsistentRecurring } from './rules/inconsistent-recurring.ts';
import { inconsistentTranslation } from './rules/inconsistent-translation.ts';
import { missingTranslation } from './rules/missing-translation.ts';
import { sourceVariant } from './rules/source-variant.ts';
import { buildTermTable } from './terms.ts';

export const CHECK_IDS: readonly CheckId[] = ['missing-translation', 'deprecated-translation', 'inconsistent-translation', 'source-variant'];
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const RULES: Record<CheckId, Rule[]> = {
  'missing-translation': [missingTranslation],
  'deprecated-translation': [deprecatedTranslation],
  'inconsistent-translation': [inconsistentTranslation, inconsistentRecurring],
  'source-variant': [sourceVariant],
};

export interface CheckOptions extends RecurringOptions {
  /** Checks to run (default: all four). */
  checks?: readonly CheckId[];
  /**
   * Recurring source terms outside the glossary to check for consistent renderings. Default: extracted from
   * the source side with extractFromSentences; [] turns that off.
   */
  recurring?: readonly string[];
}

/** Runs the terminology checks over aligned segments; findings come in input order. */
export function checkUnits(units: readonly TranslationUnit[], glossary: readonly GlossaryEntry[], options: CheckOptions = {}): Finding[] {
  const checks = options.checks ?? CHECK_IDS;
  const wantRecurring = checks.includes('inconsistent-translation');
  const recurring = options.recurring ?? (wantRecurring ? recurringSourceTerms(units, options) : []);
  const table = buildTermTable(glossary, recurring);
  const segments = analyzeUnits(units, table, buildMatchers(table));
  const findings = checks.flatMap((c) => RULES[c].flatMap((rule) => rule(segments, table)));
  const ranked = findings.map((f) => ({ f, r: segmentOrder.get(f) ?? 0 }));
  ranked.sort((a, b) => a.r - b.r || CHECK_IDS.indexOf(a.f.check) - CHECK_IDS.indexOf(b.f.check));
  return ranked.map((x) => x.f);
}

/** Whether a finding is at or above a severity (error > warning > info). */
export function atLeast(f: Finding, severity: Severity): boolean {
  return SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(severity);
}
