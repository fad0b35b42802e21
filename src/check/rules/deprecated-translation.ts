// deprecated-translation: a deprecated rendering in the target. An error when its term is in the source (also
// inside a longer glossary term found there: 一带一路 in 一带一路建设), a warning otherwise. A deprecated rendering that is part of an accepted one (“reform” inside “reform and
// opening up”) is no hit.
import { termsIn, within } from '../analyze.ts';
import { innerTerms } from '../terms.ts';
import { finding, q, type Rule } from './finding.ts';

export const deprecatedTranslation: Rule = (segments, table) => {
  const inner = innerTerms(table);
  return segments.flatMap((seg) => {
    const inSource = new Set(termsIn(seg).flatMap((t) => [t, ...(inner.get(t) ?? [])]));
    const accepted = seg.renderings.filter((r) => r.rendering.kind === 'accepted');
    const coveredByPresentTerm = (r: (typeof accepted)[number]): boolean =>
      accepted.some((a) => within(r.hit, a.hit) && (inSource.has(a.rendering.term) || !inSource.has(r.rendering.term)));
    // One hit, one finding: “great power diplomacy” (大国外交) inside “great power diplomacy with Chinese
    // characteristics” is the longer's; “community of common destiny”, listed under 人类命运共同体 and under 命运共同体
    // nested in it, is the longer term's. A term in the source always wins over one that is not: “One Belt, One Road”
    // in “One Belt, One Road construction” is 一带一路's error when the source says 一带一路, not a warning for 共建一带一路.
    const deprecated = seg.renderings.filter((r) => r.rendering.kind === 'deprecated');
    type Hit = (typeof deprecated)[number];
    const width = (r: Hit): number => r.hit.endWord - r.hit.firstWord;
    const zh = (r: Hit): string => table.terms[r.rendering.term]!.zh;
    const present = (r: Hit): boolean => inSource.has(r.rendering.term);
    const wider = (d: Hit, r: Hit): boolean => width(d) > width(r) || (width(d) === width(r) && zh(d).length > zh(r).length && zh(d).includes(zh(r)));
    const insideLongerDeprecated = (r: Hit): boolean =>
      deprecated.some((d) => d.rendering.term !== r.rendering.term && (present(d) || !present(r)) && within(r.hit, d.hit) && wider(d, r));
    const overPresentTerm = (d: Hit): boolean =>
      !present(d) && deprecated.some((r) => r.rendering.term !== d.rendering.term && present(r) && within(r.hit, d.hit));
    const seen = new Set<string>();
    return seg.renderings
      .filter((r) => r.rendering.kind === 'deprecated' && !coveredByPresentTerm(r) && !insideLongerDeprecated(r) && !overPresentTerm(r))
      .filter((r) => {
        const k = `${r.rendering.term}\t${r.hit.firstWord}`;
        return seen.has(k) ? false : (seen.add(k), true);
      })
      .map((r) => {
        const term = table.terms[r.rendering.term]!;
        const present = inSource.has(r.rendering.term);
        const message = present
          ? `Unexpected ${q(r.hit.surface)} for ${q(term.zh)}, use ${q(term.preferred)} instead`
          : `Deprecated rendering ${q(r.hit.surface)} (of ${q(term.zh)}), use ${q(term.preferred)} instead`;
        return finding(seg, 'deprecated-translation', present ? 'error' : 'warning', term.zh, term.accepted, [r.hit.surface], message);
      });
  });
};
