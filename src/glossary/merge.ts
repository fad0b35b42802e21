// The merge: extractor candidates + enrichments + the curated glossary → termbase records. Pure.
//
// Order of the records: the candidates in the extractor's rank first, then glossary terms the extractor did not
// propose, by corpus frequency (then by term). The extractor's rank is the only score the records share, so it
// stays intact (a `--top 100` list reads the same with or without a glossary); glossary-only terms have no score,
// and frequency is the figure that says how much they matter in this corpus.
import AhoCorasick from 'modern-ahocorasick';
import type { Candidate, Enrichment, GlossaryEntry, TermRecord } from '../types.ts';
import { toneMarksToNumbers } from '../enrich/index.ts';
import { normalizeTerm } from './normalize.ts';
import { wordEdges } from './words.ts';
import { UNIT, toAsciiCode } from '../check/match/ascii-code.ts';
import type { GlossaryOccurrences } from './occurrences.ts';

export interface MergeOptions {
  /** Also report glossary terms that do not occur in the corpus at all, with freq 0 (default false). */
  includeUnseen?: boolean;
  /** Tone-marked pinyin → tone numbers, applied to a glossary entry's pinyin override (default: the enrich stage's toneMarksToNumbers). */
  toneNumbers?: (pinyin: string) => string;
}

const DEFAULT_OPTIONS: Required<MergeOptions> = { includeUnseen: false, toneNumbers: toneMarksToNumbers };

/** What the merge works from, indexed once. */
interface Plan {
  /** Glossary entries by normalized term (the first entry wins; lint reports the others). */
  byKey: Map<string, GlossaryEntry>;
  /** Glossary entries that no candidate matches and that the records still report, most frequent first. */
  glossaryOnly: GlossaryEntry[];
}

function plan(candidateKeys: readonly string[], glossary: readonly GlossaryEntry[], occurrences: GlossaryOccurrences, options: MergeOptions): Plan {
  const byKey = new Map<string, GlossaryEntry>();
  for (const entry of glossary) {
    const key = normalizeTerm(entry.zh);
    if (key !== '' && !byKey.has(key)) byKey.set(key, entry);
  }
  const matched = new Set(candidateKeys);
  const freq = (key: string) => occurrences.get(key)?.freq ?? 0;
  const glossaryOnly = [...byKey]
    .filter(([key]) => !matched.has(key) && (options.includeUnseen || freq(key) > 0))
    .sort(([a], [b]) => freq(b) - freq(a) || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, entry]) => entry);
  return { byKey, glossaryOnly };
}

/**
 * The terms mergeTerms needs an enrichment for: every candidate term, and the glossary terms it will report
 * without a candidate. Enrich these before merging.
 */
export function termsToEnrich(
  candidates: readonly Candidate[],
  glossary: readonly GlossaryEntry[],
  occurrences: GlossaryOccurrences,
  options: MergeOptions = {},
): string[] {
  const candidateKeys = candidates.map((c) => normalizeTerm(c.term));
  const { byKey, glossaryOnly } = plan(candidateKeys, glossary, occurrences, options);
  const terms = candidates.map((c, i) => byKey.get(candidateKeys[i])?.zh ?? c.term);
  return [...new Set([...terms, ...glossaryOnly.map((entry) => entry.zh)])];
}

export function mergeTerms(
  candidates: readonly Candidate[],
  enrichments: readonly Enrichment[],
  glossary: readonly GlossaryEntry[],
  occurrences: GlossaryOccurrences,
  mergeOptions: MergeOptions = {},
): TermRecord[] {
  const options = { ...DEFAULT_OPTIONS, ...mergeOptions };
  const candidateKeys = candidates.map((c) => normalizeTerm(c.term));
  const { byKey, glossaryOnly } = plan(candidateKeys, glossary, occurrences, options);
  const enrichmentOf = new Map(enrichments.map((e) => [e.term, e]));
  const enrich = (term: string) => {
    const found = enrichmentOf.get(term);
    if (!found) throw new Error(`mergeTerms: no enrichment for ${term}: enrich the terms that termsToEnrich() returns`);
    return found;
  };
  const related = relatedTerms(byKey, [...candidateKeys, ...glossaryOnly.map((e) => normalizeTerm(e.zh))]);

  const fromCandidates = candidates.map((candidate, i) => {
    const key = candidateKeys[i];
    const entry = byKey.get(key);
    const stats = { freq: candidate.freq, docFreq: candidate.docFreq, score: candidate.score, contexts: candidate.contexts };
    const rel = related(key);
    if (entry) return { ...glossaryRecord(entry, enrich(entry.zh), stats, options), related: rel.all, forms: candidate.forms };
    const record: TermRecord = {
      ...baseRecord(candidate.term, enrich(candidate.term)),
      en: null,
      enAdmitted: [],
      enDeprecated: [],
      status: 'candidate',
      ...stats,
      related: rel.all,
      forms: candidate.forms,
      needsTranslation: rel.contained.length > 0,
    };
    return record;
  });

  const fromGlossary = glossaryOnly.map((entry) => {
    const key = normalizeTerm(entry.zh);
    const seen = occurrences.get(key);
    const stats = { freq: seen?.freq ?? 0, docFreq: seen?.docFreq ?? 0, score: 0, contexts: seen?.contexts ?? [] };
    return { ...glossaryRecord(entry, enrich(entry.zh), stats, options), related: related(key).all };
  });

  return [...fromCandidates, ...fromGlossary];
}

type Stats = Pick<TermRecord, 'freq' | 'docFreq' | 'score' | 'contexts'>;

function baseRecord(zh: string, enrichment: Enrichment) {
  return {
    zh,
    pinyin: enrichment.pinyin,
    pinyinNumbers: enrichment.pinyinNumbers,
    hant: enrichment.hant,
    tw: enrichment.tw,
    hk: enrichment.hk,
    hsk: enrichment.hsk,
    gloss: enrichment.gloss,
  };
}

/** A record with the entry's renderings; the entry's pinyin overrides the computed one. */
function glossaryRecord(entry: GlossaryEntry, enrichment: Enrichment, stats: Stats, options: Required<MergeOptions>): TermRecord {
  const base = baseRecord(entry.zh, enrichment);
  if (entry.pinyin !== undefined && entry.pinyin !== enrichment.pinyin) {
    base.pinyin = entry.pinyin;
    base.pinyinNumbers = options.toneNumbers(entry.pinyin);
  }
  const record: TermRecord = {
    ...base,
    en: entry.en,
    enAdmitted: [...entry.enAdmitted],
    enDeprecated: [...entry.enDeprecated],
    status: 'glossary',
    ...stats,
    related: [],
    needsTranslation: false,
  };
  if (entry.source !== undefined) record.source = entry.source;
  if (entry.note !== undefined) record.note = entry.note;
  if (entry.domain !== undefined) record.domain = entry.domain;
  return record;
}

/**
 * For a normalized term: the glossary terms it contains (构建人类命运共同体 → 人类命运共同体) and those that contain it
 * (命运共同体 → 人类命运共同体), as the glossary spells them; itself excluded. Longer terms first, then by term.
 * Containment counts on word edges only (中东海湾局势 does not contain 东海: 中东|海湾|局势).
 */
function relatedTerms(byKey: Map<string, GlossaryEntry>, recordKeys: readonly string[]): (key: string) => { contained: string[]; all: string[] } {
  const keys = [...byKey.keys()];
  const byLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);
  const spell = (k: string) => byKey.get(k)!.zh;
  // Contained: search the record's term for glossary terms (ASCII-coded: the matcher's fast path). Containing: enumerate the substrings of each glossary
  // term on its word edges (a few) and look them up among the record terms, which far outnumber glossary terms.
  const glossaryMatcher = new AhoCorasick(keys.map((k) => ({ pattern: toAsciiCode(k), data: k })));
  const recordKeySet = new Set(recordKeys);
  const containing = new Map<string, Set<string>>();
  for (const glossaryKey of keys) {
    const edges = [...wordEdges(glossaryKey)].sort((a, b) => a - b);
    for (const i of edges) {
      for (const j of edges) {
        if (j <= i || (i === 0 && j === glossaryKey.length)) continue;
        const inner = glossaryKey.slice(i, j);
        if (!recordKeySet.has(inner)) continue;
        let set = containing.get(inner);
        if (!set) containing.set(inner, (set = new Set()));
        set.add(glossaryKey);
      }
    }
  }
  return (key) => {
    const hits = glossaryMatcher
      .search(toAsciiCode(key))
      .filter((hit) => hit.start % UNIT === 0 && hit.data !== key)
      .map((hit) => ({ start: hit.start / UNIT, end: hit.end / UNIT, key: hit.data as string }));
    const edges = hits.length > 0 ? wordEdges(key) : undefined;
    const contained = [...new Set(hits.filter((hit) => edges!.has(hit.start) && edges!.has(hit.end)).map((hit) => hit.key))].sort(byLength);
    const outer = [...(containing.get(key) ?? [])].sort(byLength);
    return { contained: contained.map(spell), all: [...outer, ...contained].map(spell) };
  };
}
