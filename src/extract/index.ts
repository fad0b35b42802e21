// STUB from the foundation: the extractor issue replaces this.
import type { Candidate, Sentence } from '../types.ts';
import { readSentences, type ReadOptions } from '../corpus/index.ts';

export interface ExtractOptions extends ReadOptions {
  /** Keep at most this many candidates (default: all). */
  top?: number;
  /** Minimum frequency (default 2). */
  minFreq?: number;
  /** Maximum term length in characters (default 16). */
  maxLen?: number;
}

/** Ranks the candidates of clauses already in memory, best first. */
export function extractFromSentences(_sentences: Iterable<Sentence>, _options: ExtractOptions = {}): Candidate[] {
  return [];
}

/** Reads, counts and ranks the candidates of files and directories, best first. */
export async function extractFromPaths(paths: string[], options: ExtractOptions = {}): Promise<Candidate[]> {
  const sentences: Sentence[] = [];
  for await (const s of readSentences(paths, options)) sentences.push(s);
  return extractFromSentences(sentences, options);
}
