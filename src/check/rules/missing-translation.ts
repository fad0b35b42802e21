// missing-translation: the source has a glossary term, the target none of its preferred or admitted renderings
// (a deprecated rendering in its place is reported by deprecated-translation instead). Six cases are only
// warnings, since the translation may be right:
// - the term only occurs inside a compound word (欧盟 in 欧盟委员会 “European Commission”) or a longer proper
//   name (美国 in 美国环保局 “EPA”, 奥运会 in 伦敦奥运会 “London 2012”), which may have a rendering of its own;
// - the term is a place name that only qualifies an official's title or a division of the place (美国前总统奥巴马
//   “former President Obama”, 美国乔治亚州 “Georgia”), which English leaves out where the context is clear;
// - the term names a country and the target refers to one without naming it (“the country”, “the nation”);
// - a shorter glossary term inside it is rendered (推动构建人类命运共同体 with only “community with a shared future
//   for mankind”): the core term is there, the wording around it differs from the glossary's;
// - a glossary term across its edge is rendered and the words of the term's own rendering are all there, apart
//   (全面深化改革开放 “deepening reform and opening up across the board”: 全面深化 + 改革开放, not 全面深化改革 +
//   开放); “We uphold reform and opening up” leaves 全面深化 out, and stays an error.
import type { Finding, Severity } from '../../types.ts';
import { acceptedOf, termsIn, type SegmentAnalysis } from '../analyze.ts';
import { isPlaceName, placeAnaphor } from '../match/en-demonyms.ts';
import { englishKey } from '../match/en.ts';
import { FUNCTION_WORDS } from '../match/en-function-words.ts';
import { innerTerms, type TermTable } from '../terms.ts';
import { finding, q, type Rule } from './finding.ts';

export const missingTranslation: Rule = (segments, table) => {
  const inner = innerTerms(table);
  // A deprecated rendering of the term, or of a term inside it, is deprecated-translation's finding.
  const deprecatedFor = (seg: SegmentAnalysis, t: number): boolean =>
    seg.renderings.some((r) => r.rendering.term === t || (r.rendering.kind === 'deprecated' && (inner.get(t) ?? []).includes(r.rendering.term)));
  return segments.flatMap((seg) =>
    termsIn(seg)
      .filter((t) => table.terms[t]!.fromGlossary)
      .filter((t) => acceptedOf(seg, t).length === 0 && !deprecatedFor(seg, t))
      .map((t) => report(seg, table, t, (inner.get(t) ?? []).filter((i) => table.terms[i]!.accepted.length > 0))),
  );
};

/** Whether every content word of a rendering is among the text's words (as the matcher folds them), in any order. */
function wordsAllIn(rendering: string, words: ReadonlySet<string>): boolean {
  return englishKey(rendering)
    .split(' ')
    .filter((w) => w !== '' && !FUNCTION_WORDS.has(w))
    .every((w) => words.has(w));
}

/** The target's word keys, made once per segment however many renderings are tried. */
const targetWordsCache = new WeakMap<SegmentAnalysis, ReadonlySet<string>>();
function targetWords(seg: SegmentAnalysis): ReadonlySet<string> {
  let words = targetWordsCache.get(seg);
  if (!words) targetWordsCache.set(seg, (words = new Set(englishKey(seg.unit.target).split(' '))));
  return words;
}

function report(seg: SegmentAnalysis, table: TermTable, t: number, inner: readonly number[]): Finding {
  const term = table.terms[t]!;
  const hits = seg.terms.filter((h) => h.term === t);
  const expected = term.accepted.map(q).join(' or ');
  const missing = (severity: Severity, found: string[], message: string): Finding =>
    finding(seg, 'missing-translation', severity, term.zh, term.accepted, found, message);
  const compound = hits.every((h) => h.compound) ? hits[0]!.compound : undefined;
  if (compound) return missing('warning', [], `${q(term.zh)} (in ${q(compound)}) is not translated: expected ${expected}, unless ${q(compound)} has a rendering of its own`);
  const name = hits.every((h) => h.name) ? hits[0]!.name : undefined;
  if (name) return missing('warning', [], `${q(term.zh)} (in the name ${q(name)}) is not translated: expected ${expected}, unless the name has a rendering of its own`);
  const qualifies = hits.every((h) => h.qualifies) ? hits[0]!.qualifies : undefined;
  if (qualifies) return missing('warning', [], `${q(term.zh)} (qualifying ${q(qualifies)}) is not translated: expected ${expected}, unless the context makes the place clear`);
  const anaphor = term.accepted.some(isPlaceName) ? placeAnaphor(seg.unit.target) : undefined;
  if (anaphor) return missing('warning', [anaphor], `${q(term.zh)} is not translated: expected ${expected}, unless ${q(anaphor)} refers to it`);
  const core = inner.map((i) => ({ i, found: acceptedOf(seg, i)[0] })).find((c) => c.found !== undefined);
  if (core) {
    const found = core.found!.hit.surface;
    return missing('warning', [found], `${q(term.zh)} is not translated as listed: ${q(found)} renders ${q(table.terms[core.i]!.zh)} in it, expected ${expected}`);
  }
  // the crossing term is rendered, and so are the words of one of this term's renderings, around it or apart
  const crossing =
    hits.every((h) => h.crossedBy) && term.accepted.some((r) => wordsAllIn(r, targetWords(seg)))
      ? hits.flatMap((h) => h.crossedBy!).map((i) => ({ i, found: acceptedOf(seg, i)[0] })).find((c) => c.found !== undefined)
      : undefined;
  if (crossing) {
    const found = crossing.found!.hit.surface;
    return missing('warning', [found], `${q(term.zh)} is not translated as listed: the source also reads ${q(table.terms[crossing.i]!.zh)} across it, rendered ${q(found)}; expected ${expected}`);
  }
  return missing('error', [], `${q(term.zh)} is not translated: expected ${expected}`);
}
