// inconsistent-translation (recurring terms outside the glossary): their renderings are unknown, so they are
// inferred. For each term, the target word sequence (1–3 words) most associated with it (Dice coefficient
// against the sequence's frequency in the whole target text) is taken as its usual rendering; segments without
// it that share another sequence specific to the term are reported, as an info since the evidence is statistical.
import type { Finding } from '../../types.ts';
import type { SegmentAnalysis } from '../analyze.ts';
import { DEFAULT_RECURRING } from '../recurring.ts';
import { FUNCTION_WORDS } from '../match/en-function-words.ts';
import { englishTokens } from '../match/en.ts';
import { describeVariants, finding, q, type Rule } from './finding.ts';
import { derived } from './inconsistent-translation.ts';

const MIN_SEGMENTS = DEFAULT_RECURRING.minSegments;
/** The usual rendering must be found in at least this share of the term's segments. */
const MIN_COVERAGE = 0.6;
/** Document frequencies of target word sequences are counted on at most this many segments, evenly spaced. */
const DF_SAMPLE = 20_000;
const MAX_WORDS = 3;
/** The usual rendering must be this strongly associated with the term. */
const MIN_DICE = 0.5;
/** An alternative rendering must be in at least this share of the term's segments: rarer ones are mostly noise. */
const MIN_ALTERNATIVE_SHARE = 0.2;
/** An alternative rendering must occur mostly in the term's segments. */
const MIN_SPECIFICITY = 0.8;

interface Gram {
  key: string;
  surface: string;
}

function grams(target: string): Map<string, string> {
  const stem = englishTokens(target);
  const words = target.toLowerCase();
  const out = new Map<string, string>();
  for (let i = 0; i < stem.length; i++) {
    for (let n = 1; n <= MAX_WORDS && i + n <= stem.length; n++) {
      const first = words.slice(stem[i]!.start, stem[i]!.end);
      const last = words.slice(stem[i + n - 1]!.start, stem[i + n - 1]!.end);
      if (FUNCTION_WORDS.has(first) || FUNCTION_WORDS.has(last) || /^\d+$/.test(first) || /^\d+$/.test(last)) continue;
      const key = stem.slice(i, i + n).map((t) => t.key).join(' ');
      if (!out.has(key)) out.set(key, target.slice(stem[i]!.start, stem[i + n - 1]!.end).replace(/\s+/g, ' '));
    }
  }
  return out;
}

export const inconsistentRecurring: Rule = (segments, table) => {
  const byTerm = new Map<number, SegmentAnalysis[]>();
  for (const seg of segments) {
    for (const t of new Set(seg.recurring.map((h) => h.term))) {
      let list = byTerm.get(t);
      if (!list) byTerm.set(t, (list = []));
      list.push(seg);
    }
  }
  if (byTerm.size === 0) return [];
  const gramsOf = new Map<SegmentAnalysis, Map<string, string>>();
  for (const list of byTerm.values()) for (const seg of list) if (!gramsOf.has(seg)) gramsOf.set(seg, grams(seg.unit.target));
  // How common each word sequence is in the whole target text (from a sample when the text is large), so that
  // words frequent everywhere (“China”, “said”) are not taken for a term's rendering.
  const step = Math.max(1, segments.length / DF_SAMPLE);
  const counted = new Map<string, number>();
  for (let i = 0; i < segments.length; i += step) {
    const seg = segments[Math.floor(i)]!;
    for (const key of (gramsOf.get(seg) ?? grams(seg.unit.target)).keys()) counted.set(key, (counted.get(key) ?? 0) + 1);
  }
  const df = (key: string): number => Math.max((counted.get(key) ?? 0) * step, 1);
  const out: Finding[] = [];
  for (const [t, segs] of byTerm) {
    if (segs.length < MIN_SEGMENTS) continue;
    const counts = new Map<string, SegmentAnalysis[]>();
    for (const seg of segs) {
      for (const key of gramsOf.get(seg)!.keys()) {
        let l = counts.get(key);
        if (!l) counts.set(key, (l = []));
        l.push(seg);
      }
    }
    const dice = (key: string): number => (2 * counts.get(key)!.length) / (segs.length + Math.max(df(key), counts.get(key)!.length));
    const ranked = [...counts.keys()].filter((k) => counts.get(k)!.length >= 2).sort((a, b) => dice(b) - dice(a) || b.split(' ').length - a.split(' ').length);
    const usual = ranked[0];
    if (usual === undefined || dice(usual) < MIN_DICE || counts.get(usual)!.length < MIN_COVERAGE * segs.length) continue;
    const covered = new Set(counts.get(usual));
    const uncovered = segs.filter((s) => !covered.has(s));
    if (uncovered.length < 2) continue;
    const usualWords = new Set(usual.split(' '));
    // The alternative: the sequence most shared by the other segments, the longest among equals (a whole phrase
    // rather than one of its words).
    const alternatives = [...ranked].sort((a, b) => counts.get(b)!.length - counts.get(a)!.length || b.split(' ').length - a.split(' ').length || dice(b) - dice(a));
    const alternative = alternatives.find((k) => {
      const with_ = counts.get(k)!;
      return (
        with_.every((s) => !covered.has(s)) &&
        // Two different sentences, not one sentence repeated.
        new Set(with_.map((seg) => seg.unit.target)).size >= 2 &&
        with_.length >= MIN_ALTERNATIVE_SHARE * segs.length &&
        with_.length / Math.max(df(k), with_.length) >= MIN_SPECIFICITY &&
        !k.split(' ').some((w) => [...usualWords].some((u) => u === w || derived(u, w)))
      );
    });
    if (alternative === undefined) continue;
    const surfaceOf = (key: string): string => gramsOf.get(counts.get(key)![0]!)!.get(key)!;
    const usualGroup: Gram = { key: usual, surface: surfaceOf(usual) };
    const altGroup: Gram = { key: alternative, surface: surfaceOf(alternative) };
    const variants = [usualGroup, altGroup].map((g) => ({ form: g.surface, count: counts.get(g.key)!.length, ids: counts.get(g.key)!.map((s) => s.unit.id) }));
    const term = table.terms[t]!;
    for (const seg of counts.get(alternative)!) {
      const message = `${q(term.zh)} (not in the glossary) rendered ${q(altGroup.surface)} here but ${q(usualGroup.surface)} in ${covered.size} other segments: ${describeVariants(variants)}`;
      out.push(finding(seg, 'inconsistent-translation', 'info', term.zh, [usualGroup.surface], [altGroup.surface], message, variants));
    }
  }
  return out;
};
