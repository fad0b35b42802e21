// Word edges as the extractor sees them: a term counts in a text, or inside a longer term, only when it starts and
// ends on an edge (东海 is no word of 中东|海湾), so glossary counts and links mean what the extractor's counts mean.
import { segmentRuns } from '../segment/index.ts';

/** Offsets of `norm` where a word starts or ends: jieba, cut separately on each side of `cuts` (quotation-mark edges). */
export function wordEdges(norm: string, cuts: number[] = []): Set<number> {
  const edges = new Set<number>();
  for (const run of segmentRuns(norm, cuts)) {
    run.words.forEach((word, i) => {
      edges.add(run.starts[i]);
      edges.add(run.starts[i] + word.length);
    });
  }
  return edges;
}
