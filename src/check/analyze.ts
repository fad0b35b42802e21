// Every segment matched once: the terms in its source and the renderings in its target. The rules only read
// these analyses, so each rule stays a small pure function.
import type { TranslationUnit } from '../types.ts';
import { EnMatcher, type EnHit } from './match/en.ts';
import { ZhMatcher, type ZhHit } from './match/zh.ts';
import type { Rendering, TermTable } from './terms.ts';

export interface RenderingHit {
  rendering: Rendering;
  index: number;
  hit: EnHit;
  /** Found through a place name's adjective (“American” for “US”). */
  adjective: boolean;
}

export interface SegmentAnalysis {
  unit: TranslationUnit;
  /** Position of the unit in the input: findings keep input order. */
  order: number;
  /** Glossary terms in the source. */
  terms: ZhHit[];
  /** Recurring non-glossary terms in the source (matched apart, so they never hide a glossary term). */
  recurring: ZhHit[];
  renderings: RenderingHit[];
}

export interface Matchers {
  zh: ZhMatcher;
  zhRecurring: ZhMatcher | undefined;
  en: EnMatcher;
}

export function buildMatchers(table: TermTable): Matchers {
  const hasRecurring = table.terms.some((t) => !t.fromGlossary);
  return {
    zh: new ZhMatcher(table.terms.map((t) => (t.fromGlossary ? t.key : ''))),
    zhRecurring: hasRecurring ? new ZhMatcher(table.terms.map((t) => (t.fromGlossary ? '' : t.key))) : undefined,
    // A deprecated rendering is matched as listed: its adjective may well be acceptable.
    en: new EnMatcher(
      table.renderings.map((r) => r.text),
      { adjectives: (i) => table.renderings[i]!.kind === 'accepted' },
    ),
  };
}

export function analyzeUnits(units: readonly TranslationUnit[], table: TermTable, matchers: Matchers): SegmentAnalysis[] {
  return units.map((unit, order) => {
    const terms = matchers.zh.find(unit.source);
    const recurring = matchers.zhRecurring?.find(unit.source) ?? [];
    const all: RenderingHit[] = [];
    for (const hit of matchers.en.find(unit.target)) {
      for (const index of hit.renderings) all.push({ rendering: table.renderings[index]!, index, hit, adjective: hit.viaAdjective.includes(index) });
    }
    return { unit, order, terms, recurring, renderings: withoutBorrowed(all, new Set(terms.map((h) => h.term))) };
  });
}

/** Whether hit `a` lies within hit `b` (same span included). */
export function within(a: EnHit, b: EnHit): boolean {
  return b.firstWord <= a.firstWord && a.endWord <= b.endWord;
}

/** The accepted renderings of one term found in a segment, longest first. */
export function acceptedOf(seg: SegmentAnalysis, term: number): RenderingHit[] {
  return seg.renderings
    .filter((r) => r.rendering.term === term && r.rendering.kind === 'accepted')
    .sort((a, b) => b.hit.endWord - b.hit.firstWord - (a.hit.endWord - a.hit.firstWord));
}

/** Distinct terms of a segment's source, in order of first occurrence. */
export function termsIn(seg: SegmentAnalysis): number[] {
  return [...new Set(seg.terms.map((h) => h.term))];
}

/**
 * The English side of “longest match wins”: an accepted rendering inside a longer accepted rendering of another
 * term of the source belongs to that term (“CPC” inside “CPC Central Committee” is not a rendering of 中国共产党),
 * unless that term is rendered elsewhere in the segment too (“President” in “President Xi Jinping” still renders
 * 国家主席, since “Xi Jinping” renders 习近平).
 */
function withoutBorrowed(hits: RenderingHit[], inSource: Set<number>): RenderingHit[] {
  const owners = hits.filter((h) => h.rendering.kind === 'accepted' && inSource.has(h.rendering.term));
  const longer = (a: RenderingHit, b: RenderingHit): boolean => within(b.hit, a.hit) && a.hit.endWord - a.hit.firstWord > b.hit.endWord - b.hit.firstWord;
  const overlap = (a: RenderingHit, b: RenderingHit): boolean => a.hit.firstWord < b.hit.endWord && b.hit.firstWord < a.hit.endWord;
  const needs = (owner: RenderingHit, h: RenderingHit): boolean =>
    !owners.some((other) => other.rendering.term === owner.rendering.term && !overlap(other, h));
  return hits.filter(
    (h) => h.rendering.kind !== 'accepted' || !owners.some((o) => o.rendering.term !== h.rendering.term && longer(o, h) && needs(o, h)),
  );
}
