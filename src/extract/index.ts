// The extractor's public entry points: clauses → counts → ranked candidates → contexts.
import type { Candidate, Sentence } from '../types.ts';
import { STDIN, type ReadOptions } from '../corpus/index.ts';
import { addSentence, createCounts, type CountOptions } from './counts.ts';
import { rankCounts, type RankOptions } from './rank.ts';
import { attachContexts, type ContextOptions } from './contexts.ts';
import { countInThread, extractPaths } from './parallel.ts';

export * from './counts.ts';
export { rankCandidates, rankCounts, type RankOptions } from './rank.ts';
export { ContextCollector, attachContexts, contextsLimit, DEFAULT_CONTEXTS_FOR, markContext, type ContextOptions } from './contexts.ts';

export interface ExtractOptions extends ReadOptions, RankOptions, ContextOptions, Omit<CountOptions, 'maxChars'> {
  /** Keep at most this many candidates (default: all). */
  top?: number;
  /** Minimum frequency (default 2). */
  minFreq?: number;
  /** Maximum term length in characters (default 16). */
  maxLen?: number;
  /** Called for every clause counted (progress, empty-corpus detection). */
  onSentence?: (sentence: Sentence) => void;
  /** Shares files are counted in (default 2; see CountPathsOptions.shares in parallel.ts). */
  shares?: number;
}

function countOptions(options: ExtractOptions): CountOptions {
  return { maxTokens: options.maxTokens, maxChars: options.maxLen ?? 16, maxEntries: options.maxEntries };
}

/** Ranks the candidates of clauses already in memory, best first. */
export function extractFromSentences(sentences: Iterable<Sentence>, options: ExtractOptions = {}): Candidate[] {
  const list = Array.isArray(sentences) ? (sentences as Sentence[]) : [...sentences];
  const counts = createCounts(countOptions(options));
  for (const s of list) {
    addSentence(counts, s);
    options.onSentence?.(s);
  }
  return attachContexts(rankCounts(counts, options), list, options);
}

/**
 * Reads, counts and ranks the candidates of files and directories, best first. Files are read twice
 * (counts, then contexts of the best `contextsFor` candidates); standard input is kept in memory instead.
 */
export async function extractFromPaths(paths: string[], options: ExtractOptions = {}): Promise<Candidate[]> {
  if (paths.includes(STDIN)) {
    // standard input cannot be read twice: its clauses are kept for the contexts
    const kept: Sentence[] = [];
    const onSentence = (s: Sentence): void => {
      kept.push(s);
      options.onSentence?.(s);
    };
    const counts = await countInThread(paths, { ...options, ...countOptions(options), onSentence });
    return attachContexts(rankCounts(counts, options), kept, options);
  }
  // files: what extractPaths does on one thread (counted in shares, contexts from a second pass over the whole
  // corpus), so that `-j` never changes the output
  return (await extractPaths(paths, { ...options, ...countOptions(options), workers: 1 })).candidates;
}
