// Counting on several cores: the corpus is cut into units (shard.ts), worker threads (worker.ts) count
// units as they free up, and their counts are merged here. Without pruning the merged counts equal those
// of one thread, so the ranking is the same (docs/scale.md).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discoverFiles, readSentenceBatches, STDIN, type FileRange } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import type { Candidate } from '../types.ts';
import { ContextCollector, type ContextOptions } from './contexts.ts';
import { addSentence, createCounts, deserializeCounts, mergeCounts, type CountOptions, type Counts } from './counts.ts';
import { rankCandidates, type RankOptions } from './rank.ts';
import { mergeCountsFiles } from './counts-file.ts';
import { planUnits } from './shard.ts';
import type { MainMessage, WorkerInit, WorkerMessage } from './worker.ts';

export interface CountPathsOptions extends CountOptions {
  /** Worker threads (default: the number of cores, at most 4); 1 counts in this thread. */
  workers?: number;
  /** Force the input encoding (default: detect per file). */
  encoding?: string;
  /** Bytes read at a time (default 1 MiB). */
  chunkSize?: number;
  /** Units per worker when cutting large files (default 4). */
  unitsPerWorker?: number;
  /** Files smaller than this are never cut (default 4 MiB). */
  minUnitBytes?: number;
  /** Reports files and bytes (default: none). */
  progress?: Progress;
}

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url);

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** Counts the clauses of `paths` in this thread. */
export async function countInThread(paths: string[], options: CountPathsOptions = {}): Promise<Counts> {
  const counts = createCounts(options);
  for await (const batch of readSentenceBatches(paths, options)) for (const s of batch) addSentence(counts, s);
  return counts;
}

/** Counts the clauses of files and directories on `workers` threads (stdin is always counted in this thread). */
export async function countPaths(paths: string[], options: CountPathsOptions = {}): Promise<Counts> {
  const workers = options.workers ?? defaultWorkers();
  if (workers <= 1 || paths.includes(STDIN)) return countInThread(paths, options);
  const files = discoverFiles(paths);
  const units = await planUnits(files, workers, options);
  if (units.length < 2) return countInThread(paths, options);
  const progress = options.progress ?? NO_PROGRESS;
  progress.addTotal(files.length, files.reduce((sum, f) => sum + f.size, 0));
  const shards = await runWorkers(units, Math.min(workers, units.length), options, progress);
  const [merged, ...rest] = shards;
  progress.setStage('merge');
  for (const shard of rest) mergeCounts(merged, shard);
  return merged;
}

/** Hands units to workers as they ask, and collects each worker's counts. */
function runWorkers(units: FileRange[], n: number, options: CountPathsOptions, progress: Progress): Promise<Counts[]> {
  // The workers share the memory budget of one table, so n threads hold no more than one would.
  const maxEntries = Math.ceil(createCounts({ maxEntries: options.maxEntries }).maxEntries / n);
  const init: WorkerInit = {
    count: { maxTokens: options.maxTokens, maxChars: options.maxChars, maxEntries },
    chunkSize: options.chunkSize,
    encoding: options.encoding,
  };
  const threads = Array.from({ length: n }, () => new Worker(WORKER_URL, { workerData: init }));
  let next = 0;
  const stopAll = (): void => void Promise.all(threads.map((t) => t.terminate()));
  const results = threads.map(
    (thread) =>
      new Promise<Counts>((resolve, reject) => {
        let settled = false;
        const send = (message: MainMessage): void => thread.postMessage(message);
        thread.on('message', (m: WorkerMessage) => {
          if (m.type === 'next') {
            const unit = units[next++];
            if (unit === undefined) return send({ type: 'finish' });
            if (!unit.start) progress.startFile(unit.path);
            send({ type: 'unit', unit });
          } else if (m.type === 'bytes') {
            progress.advance(m.bytes);
          } else if (m.type === 'counts') {
            settled = true;
            resolve(deserializeCounts(m.data, 'worker counts'));
            void thread.terminate();
          } else {
            settled = true;
            reject(m.exitCode === 3 ? new Error(`counting worker failed: ${m.stack ?? m.message}`) : new ZhtermError(m.message, m.exitCode, m.file, m.line));
          }
        });
        thread.on('error', (err) => {
          settled = true;
          reject(err);
        });
        thread.on('exit', (code) => {
          if (!settled) reject(new Error(`counting worker exited with code ${code}`));
        });
      }),
  );
  return Promise.all(results).catch((err) => {
    stopAll();
    throw err;
  });
}

/** The second pass: first location, contexts and surface forms of ranked candidates, read from `paths`. */
async function collectContexts(ranked: Candidate[], paths: string[], options: ExtractPathsOptions): Promise<Candidate[]> {
  const collector = new ContextCollector(ranked, options);
  if (ranked.length > 0 && paths.length > 0) {
    options.progress?.setStage('contexts');
    for await (const batch of readSentenceBatches(paths, { encoding: options.encoding, chunkSize: options.chunkSize })) for (const s of batch) collector.add(s);
  }
  return collector.finish();
}

export interface ExtractPathsOptions extends CountPathsOptions, RankOptions, ContextOptions {
  /** Called with the milliseconds each phase took: count, rank, contexts (benchmarks). */
  onPhase?: (phase: 'count' | 'rank' | 'contexts', ms: number) => void;
}

/**
 * Counts (on worker threads), ranks, then reads the files again for the contexts of the ranked
 * candidates. Files only: standard input cannot be read twice (extractFromPaths keeps it in memory).
 */
export async function extractPaths(paths: string[], options: ExtractPathsOptions = {}): Promise<{ candidates: Candidate[]; counts: Counts }> {
  if (paths.includes(STDIN)) throw new ZhtermError('extractPaths reads its files twice: standard input is not supported here');
  const phase = (name: 'count' | 'rank' | 'contexts', since: number): number => {
    const now = performance.now();
    options.onPhase?.(name, now - since);
    return now;
  };
  let t = performance.now();
  const counts = await countPaths(paths, options);
  t = phase('count', t);
  const ranked = rankCandidates(counts, options);
  t = phase('rank', t);
  const candidates = await collectContexts(ranked, paths, options);
  phase('contexts', t);
  return { candidates, counts };
}

/**
 * Merges counts files written by `zhterm count` and ranks them: the same list as one run over all the
 * shards. Contexts, first locations and forms come from `paths` when given (the corpus, or part of it);
 * without paths candidates have no contexts and an empty first location.
 */
export async function extractFromCountsFiles(
  files: string[],
  paths: string[],
  options: ExtractPathsOptions = {},
): Promise<{ candidates: Candidate[]; counts: Counts }> {
  if (paths.includes(STDIN)) throw new ZhtermError('--counts: contexts cannot be read from standard input; give files or directories');
  const counts = mergeCountsFiles(files);
  const ranked = rankCandidates(counts, options);
  return { candidates: await collectContexts(ranked, paths, options), counts };
}
