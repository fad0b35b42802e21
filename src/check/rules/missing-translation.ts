// missing-translation: the source has a glossary term, the target none of its preferred or admitted renderings
// (a deprecated rendering in its place is reported by deprecated-translation instead).
import { acceptedOf, termsIn } from '../analyze.ts';
import { finding, q, type Rule } from './finding.ts';

export const missingTranslation: Rule = (segments, table) =>
  segments.flatMap((seg) =>
    termsIn(seg)
      .filter((t) => table.terms[t]!.fromGlossary)
      .filter((t) => acceptedOf(seg, t).length === 0 && !seg.renderings.some((r) => r.rendering.term === t))
      .map((t) => {
        const term = table.terms[t]!;
        return finding(seg, 'missing-translation', 'error', term.zh, term.accepted, [], `${q(term.zh)} is not translated: expected ${term.accepted.map(q).join(' or ')}`);
      }),
  );
