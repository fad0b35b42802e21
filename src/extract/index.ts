// The extractor's public entry points: clauses → counts → ranked candidates → contexts.
import type { Candidate, Sentence } from '../types.ts';
import { readSentences, type ReadOptions } from '../corpus/index.ts';
import { addSentence, createCounts, type CountOptions } from './counts.ts';
import { rankCandidates, type RankOptions } from './rank.ts';
import { ContextCollector, attachContexts, type ContextOptions } from './contexts.ts';

export * from './counts.ts';
export { rankCandidates, type RankOptions } from './rank.ts';
export { ContextCollector, attachContexts, markContext, type ContextOptions } from './contexts.ts';

export interface ExtractOptions extends ReadOptions, RankOptions, ContextOptions, Omit<CountOptions, 'maxChars'> {
  /** Keep at most this many candidates (default: all). */
  top?: number;
  /** Minimum frequency (default 2). */
  minFreq?: number;
  /** Maximum term length in characters (default 16). */
  maxLen?: number;
}

function countOptions(options: ExtractOptions): CountOptions {
  return { maxTokens: options.maxTokens, maxChars: options.maxLen ?? 16, maxEntries: options.maxEntries };
}

/** Ranks the candidates of clauses already in memory, best first. */
export function extractFromSentences(sentences: Iterable<Sentence>, options: ExtractOptions = {}): Candidate[] {
  const list = Array.isArray(sentences) ? (sentences as Sentence[]) : [...sentences];
  const counts = createCounts(countOptions(options));
  for (const s of list) addSentence(counts, s);
  return attachContexts(rankCandidates(counts, options), list, options);
}

/** Reads, counts and ranks the candidates of files and directories, best first (two passes over the files). */
export async function extractFromPaths(paths: string[], options: ExtractOptions = {}): Promise<Candidate[]> {
  const counts = createCounts(countOptions(options));
  for await (const s of readSentences(paths, options)) addSentence(counts, s);
  const collector = new ContextCollector(rankCandidates(counts, options), options);
  for await (const s of readSentences(paths, options)) collector.add(s);
  return collector.finish();
}
