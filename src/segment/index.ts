// Segmentation for counting: a clause becomes runs of words; punctuation, spaces and the edges of
// quoted spans split runs, so no n-gram crosses them and a quoted span always starts and ends on a word edge.
import { cutWords } from './jieba.ts';

export { cutSmallWords, cutWords, JIEBA_DICT_PATH } from './jieba.ts';
export { generalFrequencies, parseDictionary, type GeneralFrequencies } from './dictionary.ts';

/** A word counts when it holds a letter or a digit (Han, Latin, …); anything else separates runs. */
const WORDLIKE = /[\p{L}\p{N}]/u;

export function isWordToken(token: string): boolean {
  return WORDLIKE.test(token);
}

/**
 * A token that goes into a run: a word with no space at its edges. Most tokens start and end with a Han
 * character of the basic block, which settles both without the regular expression.
 */
function isRunWord(token: string): boolean {
  return (isHanAt(token, 0) && isHanAt(token, token.length - 1)) || (isWordToken(token) && token.trim() === token);
}

function isHanAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** The words of `norm[from, to)`, each with its start offset in `norm`. */
export interface Segment {
  words: string[];
  starts: number[];
}

/**
 * Cuts `norm` into words, cutting separately on each side of the `cuts` offsets (quoted-span edges)
 * so that jieba never joins characters across them. Words without letters or digits end a run:
 * the result is a list of runs, each a sequence of adjacent words.
 */
export function segmentRuns(norm: string, cuts: number[] = []): Segment[] {
  // most clauses hold no quoted span: one piece, without building and sorting a set of edges
  const edges = cuts.length === 0 ? [0, norm.length] : [...new Set([0, ...cuts.filter((c) => c > 0 && c < norm.length), norm.length])].sort((a, b) => a - b);
  const runs: Segment[] = [];
  let run: Segment = { words: [], starts: [] };
  for (let k = 0; k + 1 < edges.length; k++) {
    let pos = edges[k];
    for (const word of cutWords(norm.slice(edges[k], edges[k + 1]))) {
      if (isRunWord(word)) {
        run.words.push(word);
        run.starts.push(pos);
      } else if (run.words.length > 0) {
        runs.push(run);
        run = { words: [], starts: [] };
      }
      pos += word.length;
    }
  }
  if (run.words.length > 0) runs.push(run);
  return runs;
}
