// inconsistent-translation (glossary terms): one source term rendered by different accepted renderings
// across segments. Segments using the majority rendering are fine; the others are reported with every variant,
// its count and its segment ids. Ties go to the preferred rendering.
import type { Finding } from '../../types.ts';
import { acceptedOf, termsIn, type SegmentAnalysis } from '../analyze.ts';
import { describeVariants, finding, groupForms, q, type Rule } from './finding.ts';

export const inconsistentTranslation: Rule = (segments, table) => {
  const uses = new Map<number, { form: string; seg: SegmentAnalysis }[]>();
  for (const seg of segments) {
    for (const t of termsIn(seg)) {
      if (!table.terms[t]!.fromGlossary) continue;
      const used = acceptedOf(seg, t)[0];
      if (!used) continue;
      let list = uses.get(t);
      if (!list) uses.set(t, (list = []));
      list.push({ form: used.rendering.text, seg });
    }
  }
  const out: Finding[] = [];
  for (const [t, list] of uses) {
    const term = table.terms[t]!;
    const groups = groupForms(list);
    if (groups.length < 2) continue;
    const top = groups[0]!.count;
    const major = groups.find((g) => g.count === top && g.form === term.preferred) ?? groups[0]!;
    const variants = groups.map(({ form, count, ids }) => ({ form, count, ids }));
    for (const g of groups) {
      if (g === major) continue;
      for (const seg of g.segs) {
        const message = `${q(term.zh)} rendered ${q(g.form)} here but ${q(major.form)} in ${major.count} other segment${major.count === 1 ? '' : 's'}: ${describeVariants(variants)}`;
        out.push(finding(seg, 'inconsistent-translation', 'warning', term.zh, [major.form], [g.form], message, variants));
      }
    }
  }
  return out;
};
