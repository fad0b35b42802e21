// How often each glossary term occurs in a corpus: one Aho–Corasick pass over every clause's `norm`, so the
// cost does not grow with the size of the glossary. Feeds the merge for glossary terms the extractor missed.
import AhoCorasick from 'modern-ahocorasick';
import type { Context, GlossaryEntry, Sentence } from '../types.ts';
import { textOffset } from '../corpus/normalize.ts';
import { markContext } from '../extract/contexts.ts';
import { UNIT, toAsciiCode } from '../check/match/ascii-code.ts';
import { normalizeTerm } from './normalize.ts';
import { wordEdges } from './words.ts';

export interface GlossaryOccurrence {
  freq: number;
  docFreq: number;
  /** Up to `maxContexts` clauses, in corpus order, with the term marked 【like this】. */
  contexts: Context[];
}

/** Occurrences by normalized glossary term (normalizeTerm(entry.zh)); every glossary term has a key, freq 0 when absent. */
export type GlossaryOccurrences = Map<string, GlossaryOccurrence>;

export interface OccurrenceOptions {
  /** Contexts kept per term (default 3). */
  maxContexts?: number;
  /**
   * Count a hit only when it starts and ends on a word edge of the clause as the extractor segments it (jieba, cut at
   * quotation marks), so that 东海 is not found in 中东|海湾 and the counts mean what the extractor's counts mean
   * (default true). Only clauses with a hit are segmented.
   */
  wordBoundaries?: boolean;
}

const DEFAULT_OPTIONS: Required<OccurrenceOptions> = { maxContexts: 3, wordBoundaries: true };

/** Clauses scanned per matcher call (measured fastest on news clauses; one call per clause is several times slower). */
const BATCH = 100;

/**
 * Counts glossary terms clause by clause, for callers that stream a corpus: `add` each sentence, then `result()`.
 * Overlapping terms all count (人类命运共同体 also counts 命运共同体), as the extractor counts nested n-grams.
 */
export class OccurrenceCounter {
  readonly #options: Required<OccurrenceOptions>;
  readonly #keys: string[];
  readonly #matcher: AhoCorasick<number>;
  readonly #stats: { freq: number; docs: Set<string>; contexts: Context[]; lastContextClause: number }[];
  readonly #pending: Sentence[] = [];
  #clausesSeen = 0;

  constructor(glossary: readonly GlossaryEntry[], options: OccurrenceOptions = {}) {
    this.#options = { ...DEFAULT_OPTIONS, ...options };
    this.#keys = [...new Set(glossary.map((entry) => normalizeTerm(entry.zh)).filter((key) => key !== ''))];
    this.#matcher = new AhoCorasick(this.#keys.map((key, i) => ({ pattern: toAsciiCode(key), data: i })));
    this.#stats = this.#keys.map(() => ({ freq: 0, docs: new Set<string>(), contexts: [], lastContextClause: -1 }));
  }

  add(sentence: Sentence): void {
    if (this.#keys.length === 0 || sentence.norm === '') return;
    this.#pending.push(sentence);
    if (this.#pending.length >= BATCH) this.#flush();
  }

  result(): GlossaryOccurrences {
    this.#flush();
    return new Map(this.#keys.map((key, i) => {
      const { freq, docs, contexts } = this.#stats[i];
      return [key, { freq, docFreq: docs.size, contexts: [...contexts] }];
    }));
  }

  /**
   * Scans the pending clauses as one text joined by line breaks (which no clause contains, so no term spans two):
   * the matcher's per-call cost dominates on short clauses. The text goes to the matcher ASCII-coded (its fast path;
   * see src/check/match/ascii-code.ts): measured four times faster on news clauses. Hits come by ascending end, so
   * the clause index only grows.
   */
  #flush(): void {
    const clauses = this.#pending.splice(0);
    if (clauses.length === 0) return;
    const ends: number[] = [];
    let offset = 0;
    for (const c of clauses) ends.push((offset += c.norm.length + 1) - 1);
    let k = 0;
    let edges: Set<number> | undefined;
    for (const coded of this.#matcher.iterate(toAsciiCode(clauses.map((c) => c.norm).join('\n')))) {
      if (coded.start % UNIT !== 0) continue; // a hit across character codes, not a hit at all
      const hit = { start: coded.start / UNIT, end: coded.end / UNIT, data: coded.data };
      while (hit.end > ends[k]) {
        k++;
        edges = undefined;
      }
      const sentence = clauses[k];
      const start = hit.start - (ends[k] - sentence.norm.length);
      const end = start + hit.end - hit.start;
      if (this.#options.wordBoundaries) {
        edges ??= wordEdges(sentence.norm, (sentence.quoted ?? []).flat());
        if (!edges.has(start) || !edges.has(end)) continue;
      }
      const stats = this.#stats[hit.data as number];
      stats.freq++;
      stats.docs.add(sentence.docId);
      // One context per clause, even when the term occurs in it twice.
      const clauseNo = this.#clausesSeen + k;
      if (stats.contexts.length < this.#options.maxContexts && stats.lastContextClause !== clauseNo) {
        const from = textOffset(sentence, start);
        const to = textOffset(sentence, end - 1) + 1;
        stats.contexts.push({ file: sentence.file, line: sentence.line, text: markContext(sentence.text, from, to) });
        stats.lastContextClause = clauseNo;
      }
    }
    this.#clausesSeen += clauses.length;
  }
}

export function countGlossaryOccurrences(
  sentences: Iterable<Sentence>,
  glossary: readonly GlossaryEntry[],
  options: OccurrenceOptions = {},
): GlossaryOccurrences {
  const counter = new OccurrenceCounter(glossary, options);
  for (const sentence of sentences) counter.add(sentence);
  return counter.result();
}
