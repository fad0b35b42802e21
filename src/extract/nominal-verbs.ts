// Verbs that the corpus itself uses as nouns. jieba's dictionary tags 治理, 保护, 振兴, 协定 as plain verbs, so
// 全球治理, 知识产权保护 and 乡村振兴 looked like verb phrases (shape ×0.7), and 治理 before 能力现代化 like a verb
// taking an object (a free left neighbour: 能力现代化 was no fragment). Which use a word has is a fact of the
// corpus: a predicate verb needs its object (构建 … , 推动 …) and almost never ends a clause, a verb used as a
// noun often does (…加强社会治理。). An intransitive predicate also ends clauses (…较快增长。, …而奋斗。), but it
// comes after an adverb; a noun does not.
import type { GeneralFrequencies } from '../segment/index.ts';
import type { Counts } from './counts.ts';
import { hashIds } from './ngram-table.ts';
import { isAdverbTag, isPlainVerb } from './boundary.ts';

/** Thresholds of the rule (docs/extract.md, "shape"). */
export const NOMINAL_VERB = {
  /** Fewer occurrences say nothing about a word's use. */
  minFreq: 5,
  /** At least this share of its occurrences end a clause… */
  clauseEndShare: 0.3,
  /** …and at most this share follow an adverb (or 而). */
  afterAdverbShare: 0.2,
} as const;

/** 而 joins a purpose or manner to a predicate (为…而奋斗): the verb after it is no noun. */
const PREDICATE_LINK = '而';

/** The plain verbs (by `general`'s tags) that the counted corpus uses as nouns. */
export function nominalVerbs(counts: Counts, general: GeneralFrequencies): Set<string> {
  const t = counts.table;
  const verb = counts.vocab.map((w) => isPlainVerb(general.tag(w)));
  const beforeVerb = counts.vocab.map((w) => isAdverbTag(general.tag(w)) || w === PREDICATE_LINK);
  const afterAdverb = new Float64Array(counts.vocab.length);
  for (let e = 0; e < t.size; e++) {
    if (t.len[e] !== 2) continue;
    const p = t.start[e];
    if (beforeVerb[t.pool[p]] && verb[t.pool[p + 1]]) afterAdverb[t.pool[p + 1]] += t.count[e];
  }
  const nominal = new Set<string>();
  counts.vocab.forEach((word, id) => {
    if (!verb[id]) return;
    const e = t.find([id], 0, 1, hashIds([id], 0, 1));
    if (e < 0) return;
    const f = t.count[e];
    if (f >= NOMINAL_VERB.minFreq && t.rightEdge[e] >= NOMINAL_VERB.clauseEndShare * f && afterAdverb[id] <= NOMINAL_VERB.afterAdverbShare * f) {
      nominal.add(word);
    }
  });
  return nominal;
}

/** `general` with the verbs of `nominal` tagged as verbal nouns (vn, as jieba tags 发展 and 改革). */
export function withNominalVerbs(general: GeneralFrequencies, nominal: Set<string>): GeneralFrequencies {
  return { ...general, tag: (word) => (nominal.has(word) ? 'vn' : general.tag(word)) };
}
