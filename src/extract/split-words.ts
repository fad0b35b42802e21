// Character statistics where jieba cuts inconsistently: 全面战略协作伙伴 is 全面|战略|协作|伙伴 in one clause and
// 全面|战略|协作|伙伴关系 in another, where jieba kept 伙伴关系 whole. Counted by token sequences, the phrase
// occurs once; counted as a string, twice. Here the occurrences that end inside a dictionary compound, at
// the boundary of its two parts, are added to the token sequence that ends with the first part; the second
// part (关系) is their right neighbour, so a phrase always followed by it is still a fragment.
import type { Counts } from './counts.ts';
import { hashIds } from './ngram-table.ts';
import { jiebaSmallCut, type SmallCut } from './small-cuts.ts';

export interface SplitOccurrences {
  /** Per table entry: occurrences of its string that end inside a longer word. */
  extra: Int32Array;
  /** The rest of the word is their right neighbour: per receiving entry and rest, the occurrences. */
  neighbours: { entry: number; rest: string; count: number }[];
  /** [receiving entry, entry of the sequence that holds the whole word]: a container, for C-value. */
  holders: [number, number][];
}

/**
 * Only sequences of 2+ words that jieba also produced on their own (real cut points) receive occurrences,
 * and only from compounds of two parts of 2+ characters each (伙伴|关系; not 中国|人, whose rest is a suffix).
 */
export function splitWordOccurrences(counts: Counts, cutSmall: SmallCut = jiebaSmallCut): SplitOccurrences {
  const t = counts.table;
  const extra = new Int32Array(t.size);
  const byRest = new Map<string, { entry: number; rest: string; count: number }>();
  const holders: [number, number][] = [];
  // per word id: [first part id, rest] of a two-part compound, or null; computed once per word
  const split = new Map<number, [number, string] | null>();
  const partsOf = (id: number): [number, string] | null => {
    let s = split.get(id);
    if (s === undefined) {
      const word = counts.vocab[id];
      const cut = word.length >= 4 ? cutSmall(word, word.length - 2) : [];
      const first = cut.length === 2 && cut[0].length >= 2 && cut[1].length >= 2 ? counts.vocabIndex.get(cut[0]) : undefined;
      s = first === undefined ? null : [first, cut[1]];
      split.set(id, s);
    }
    return s;
  };
  const ids = new Int32Array(counts.maxTokens + 1);
  for (let e = 0; e < t.size; e++) {
    const n = t.len[e];
    if (n < 2 || n > counts.maxTokens) continue;
    const p = t.start[e];
    const parts = partsOf(t.pool[p + n - 1]);
    if (parts === null) continue;
    for (let k = 0; k < n - 1; k++) ids[k] = t.pool[p + k];
    ids[n - 1] = parts[0];
    const into = t.find(ids, 0, n, hashIds(ids, 0, n));
    if (into < 0) continue;
    extra[into] += t.count[e];
    const key = `${into} ${parts[1]}`;
    const seen = byRest.get(key);
    if (seen) seen.count += t.count[e];
    else byRest.set(key, { entry: into, rest: parts[1], count: t.count[e] });
    holders.push([into, e]);
  }
  return { extra, neighbours: [...byRest.values()], holders };
}
