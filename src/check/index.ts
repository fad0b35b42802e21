// zhterm check: TranslationUnit[] + glossary → Finding[]. A pure kernel; reading files, formatting and exit
// codes live in readers/, formatters/ and src/cli/check.ts.
import type { CheckId, Finding, GlossaryEntry, Severity, TranslationUnit } from '../types.ts';
import { analyzeUnits, buildMatchers, type SegmentAnalysis } from './analyze.ts';
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
  const findings = checks.flatMap((c) =>
    RULES[c].flatMap((rule) => (PER_VARIETY.has(c) ? byVariety(segments).flatMap((group) => rule(group, table)) : rule(segments, table))),
  );
  const ranked = findings.map((f) => ({ f, r: segmentOrder.get(f) ?? 0 }));
  ranked.sort((a, b) => a.r - b.r || CHECK_IDS.indexOf(a.f.check) - CHECK_IDS.indexOf(b.f.check));
  return ranked.map((x) => x.f);
}

/** Consistency is judged within one English: en-GB “programme” beside en-US “program” is no inconsistency. */
const PER_VARIETY: ReadonlySet<CheckId> = new Set(['inconsistent-translation']);

/**
 * Segments grouped by the region of their target language (en-US, en-GB) when the input holds more than one;
 * otherwise one group, so a memory that writes en here and en-US there is judged whole.
 */
function byVariety(segments: readonly SegmentAnalysis[]): (readonly SegmentAnalysis[])[] {
  const regionOf = (s: SegmentAnalysis) => /^[a-z]+-([a-z]+)/i.exec(s.unit.targetLang ?? '')?.[1]?.toLowerCase() ?? '';
  const groups = new Map<string, SegmentAnalysis[]>();
  for (const s of segments) {
    const region = regionOf(s);
    let list = groups.get(region);
    if (!list) groups.set(region, (list = []));
    list.push(s);
  }
  const regions = [...groups.keys()].filter((r) => r !== '');
  return regions.length >= 2 ? [...groups.values()] : [segments];
}

/** Whether a finding is at or above a severity (error > warning > info). */
export function atLeast(f: Finding, severity: Severity): boolean {
  return SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(severity);
}
