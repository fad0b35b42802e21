// One shape for every finding a rule reports, so that rules only decide what is wrong.
import type { CheckId, Finding, Severity } from '../../types.ts';
import type { SegmentAnalysis } from '../analyze.ts';
import type { TermTable } from '../terms.ts';

/** Input position of the segment each finding belongs to, for sorting without searching. */
export const segmentOrder = new WeakMap<Finding, number>();

export type Rule = (segments: readonly SegmentAnalysis[], table: TermTable) => Finding[];

export function finding(
  seg: SegmentAnalysis,
  check: CheckId,
  severity: Severity,
  term: string,
  expected: string[],
  found: string[],
  message: string,
  variants?: Finding['variants'],
): Finding {
  const f: Finding = { id: seg.unit.id, check, severity, term, expected, found, file: seg.unit.file, line: seg.unit.line, message, source: seg.unit.source, target: seg.unit.target };
  if (variants) f.variants = variants;
  segmentOrder.set(f, seg.order);
  return f;
}

/** “text” as messages quote a term or a rendering. */
export const q = (s: string): string => `“${s}”`;

/** Forms of a term grouped across segments, most frequent first (ties: first seen). */
export function groupForms(uses: { form: string; seg: SegmentAnalysis }[]): { form: string; count: number; ids: string[]; segs: SegmentAnalysis[] }[] {
  const groups = new Map<string, { form: string; count: number; ids: string[]; segs: SegmentAnalysis[] }>();
  for (const { form, seg } of uses) {
    let g = groups.get(form);
    if (!g) groups.set(form, (g = { form, count: 0, ids: [], segs: [] }));
    g.count++;
    if (!g.ids.includes(seg.unit.id)) g.ids.push(seg.unit.id);
    if (!g.segs.includes(seg)) g.segs.push(seg);
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** “A” (3×: 1, 4, 7); “B” (1×: 9) */
export function describeVariants(variants: { form: string; count: number; ids: string[] }[], quote = true, maxIds = 8): string {
  return variants
    .map((v) => `${quote ? q(v.form) : v.form} (${v.count}×: ${v.ids.slice(0, maxIds).join(', ')}${v.ids.length > maxIds ? ', …' : ''})`)
    .join('; ');
}
