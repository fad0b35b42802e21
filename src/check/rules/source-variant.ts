// source-variant: the source writes one term in several ways. Traditional beside simplified characters is a
// warning; the same characters with and without quotation marks only an info (first mentions are often quoted).
import type { Finding } from '../../types.ts';
import type { SegmentAnalysis } from '../analyze.ts';
import { describeVariants, finding, groupForms, q, type Rule } from './finding.ts';

/** The form without its quotation marks, wherever they stand (“一带一路”建设 → 一带一路建设). */
const unquoted = (form: string): string => form.replace(/["'“”‘’「」『』《》〈〉﹁﹂﹃﹄]/g, '');

export const sourceVariant: Rule = (segments, table) => {
  const uses = new Map<number, { form: string; seg: SegmentAnalysis }[]>();
  for (const seg of segments) {
    for (const hit of [...seg.terms, ...seg.recurring]) {
      let list = uses.get(hit.term);
      if (!list) uses.set(hit.term, (list = []));
      list.push({ form: hit.surface, seg });
    }
  }
  const out: Finding[] = [];
  for (const [t, list] of uses) {
    const groups = groupForms(list);
    if (groups.length < 2) continue;
    const term = table.terms[t]!;
    // On a tie the plain simplified form is the one to keep.
    const major = groups.find((g) => g.count === groups[0]!.count && g.form === term.key) ?? groups[0]!;
    const variants = groups.map(({ form, count, ids }) => ({ form, count, ids }));
    for (const g of groups) {
      if (g === major) continue;
      // forms that differ only in quotation marks would read alike in a message that quotes them: say what differs
      const quotesOnly = unquoted(g.form) === unquoted(major.form);
      const severity = quotesOnly ? 'info' : 'warning';
      // only where one form has marks and the other none: 「一国两制」 beside “一国两制” shows its difference
      const marked = (form: string) => unquoted(form) !== form;
      const oneMarked = quotesOnly && marked(g.form) !== marked(major.form);
      const how = (form: string) => (oneMarked ? `${form} (${marked(form) ? 'with' : 'without'} quotation marks)` : form);
      for (const seg of g.segs) {
        const message = `${q(term.zh)} written ${how(g.form)} here but ${how(major.form)} ${major.count}× in ${major.ids.length} segment${major.ids.length === 1 ? '' : 's'}: ${describeVariants(variants, false)}`;
        out.push(finding(seg, 'source-variant', severity, term.zh, [major.form], [g.form], message, variants));
      }
    }
  }
  return out;
};
