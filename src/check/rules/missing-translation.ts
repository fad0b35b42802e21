// missing-translation: the source has a glossary term, the target none of its preferred or admitted renderings
// (a deprecated rendering in its place is reported by deprecated-translation instead). Where the term only
// occurs inside a compound word (欧盟 in 欧盟委员会 “European Commission”), the compound may have a rendering of its
// own that does not repeat the term's: a warning, not an error.
import { acceptedOf, termsIn } from '../analyze.ts';
import { finding, q, type Rule } from './finding.ts';

export const missingTranslation: Rule = (segments, table) =>
  segments.flatMap((seg) =>
    termsIn(seg)
      .filter((t) => table.terms[t]!.fromGlossary)
      .filter((t) => acceptedOf(seg, t).length === 0 && !seg.renderings.some((r) => r.rendering.term === t))
      .map((t) => {
        const term = table.terms[t]!;
        const hits = seg.terms.filter((h) => h.term === t);
        const compound = hits.every((h) => h.compound) ? hits[0]!.compound : undefined;
        const expected = term.accepted.map(q).join(' or ');
        return compound
          ? finding(seg, 'missing-translation', 'warning', term.zh, term.accepted, [], `${q(term.zh)} (in ${q(compound)}) is not translated: expected ${expected}, unless ${q(compound)} has a rendering of its own`)
          : finding(seg, 'missing-translation', 'error', term.zh, term.accepted, [], `${q(term.zh)} is not translated: expected ${expected}`);
      }),
  );
