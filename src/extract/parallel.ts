// Extraction on several cores. The corpus is cut into units (shard.ts); worker threads (worker.ts) count
// units as they free up and their counts are merged here; after ranking, the same workers each read the
// corpus for a share of the candidates' contexts. Without pruning the merged counts equal those of one
// thread, so the output is the same (docs/scale.md).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discoverFiles, readSentenceBatches, STDIN, type FileRange } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import type { Candidate } from '../types.ts';
import { ContextCollector, contextsLimit, type ContextOptions, type FoundContexts } from './contexts.ts';
import { addSentence, createCounts, deserializeCounts, mergeCounts, type CountOptions, type Counts } from './counts.ts';
import { rankCounts, type RankOptions } from './rank.ts';
import { smallCutFrom, type PrecutWord, type SmallCut } from './small-cuts.ts';
import { mergeCountsFiles } from './counts-file.ts';
import { planUnits } from './shard.ts';
import type { MainMessage, WorkerInit, WorkerMessage } from './worker.ts';

export interface CountPathsOptions extends CountOptions {
  /**
   * Worker threads; 1 counts in this thread. Default: one per core (at most 4) for inputs of 16 MiB or more,
   * else 1 (below that, starting workers costs more than it saves: docs/scale.md).
   */
  workers?: number;
  /** Force the input encoding (default: detect per file). */
  encoding?: string;
  /** Bytes read at a time (default 1 MiB). */
  chunkSize?: number;
  /** Units per worker when cutting large files (default 16). */
  unitsPerWorker?: number;
  /** Files smaller than this are never cut (default 4 MiB). */
  minUnitBytes?: number;
  /** Reports files and bytes (default: none). */
  progress?: Progress;
}

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url);

/** Inputs smaller than this are counted in one thread unless workers are asked for. */
export const PARALLEL_MIN_BYTES = 16 << 20;

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
  const pool = await openPool(paths, options);
  if (!pool) return countInThread(paths, options);
  try {
    return (await pool.count()).counts;
  } finally {
    await pool.close();
  }
}

/** Worker threads with the units of a corpus, or undefined when one thread will do (1 worker, stdin, one unit). */
async function openPool(paths: string[], options: CountPathsOptions & ContextOptions): Promise<WorkerPool | undefined> {
  if (options.workers === 1 || paths.includes(STDIN)) return undefined;
  const files = discoverFiles(paths);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const workers = options.workers ?? (bytes >= PARALLEL_MIN_BYTES ? defaultWorkers() : 1);
  if (workers <= 1) return undefined;
  const units = await planUnits(files, workers, options);
  if (units.length < 2) return undefined;
  const progress = options.progress ?? NO_PROGRESS;
  progress.addTotal(files.length, bytes);
  return new WorkerPool(units, Math.min(workers, units.length), options, progress);
}

/** What the main thread expects next from one worker. */
interface Task {
  onMessage(message: WorkerMessage, worker: Worker): void;
  reject(err: Error): void;
}

/** Worker threads kept for both passes: counting (units handed out as workers free up), then contexts. */
class WorkerPool {
  private readonly threads: Worker[];
  private readonly tasks = new Map<Worker, Task>();
  private readonly stop = new SharedArrayBuffer(4);
  private readonly exited = new Set<Worker>();
  private failure: Error | undefined;

  constructor(
    private readonly units: FileRange[],
    private readonly n: number,
    private readonly options: CountPathsOptions & ContextOptions,
    private readonly progress: Progress,
  ) {
    // The workers share the memory budget of one table, so n threads hold no more than one would.
    const maxEntries = Math.ceil(createCounts({ maxEntries: options.maxEntries }).maxEntries / n);
    const init: WorkerInit = {
      count: { maxTokens: options.maxTokens, maxChars: options.maxChars, maxEntries },
      chunkSize: options.chunkSize,
      encoding: options.encoding,
      maxContexts: options.maxContexts,
      stop: this.stop,
    };
    this.threads = Array.from({ length: n }, () => new Worker(WORKER_URL, { workerData: init }));
    for (const thread of this.threads) {
      thread.on('message', (m: WorkerMessage) => {
        const task = this.tasks.get(thread);
        if (m.type === 'error') {
          const err = m.exitCode === 3 ? new Error(`worker failed: ${m.stack ?? m.message}`) : new ZhtermError(m.message, m.exitCode, m.file, m.line);
          this.fail(err);
        } else task?.onMessage(m, thread);
      });
      thread.on('error', (err) => this.fail(err));
      thread.on('exit', (code) => {
        this.exited.add(thread);
        if (this.tasks.has(thread)) this.fail(new Error(`worker exited with code ${code}`));
      });
    }
  }

  /** New threads for the same units and options (the contexts pass after counting threads have left). */
  reopen(): WorkerPool {
    return new WorkerPool(this.units, this.n, this.options, this.progress);
  }

  private fail(err: Error): void {
    this.failure ??= err;
    Atomics.store(new Int32Array(this.stop), 0, 1);
    for (const task of this.tasks.values()) task.reject(this.failure);
    this.tasks.clear();
  }

  /** Runs one task on every worker; resolves with their results in worker order. */
  private all<T>(
    start: (thread: Worker, i: number) => void,
    onMessage: (m: WorkerMessage, thread: Worker, done: (value: T) => void, i: number) => void,
  ): Promise<T[]> {
    if (this.failure) return Promise.reject(this.failure);
    return Promise.all(
      this.threads.map(
        (thread, i) =>
          new Promise<T>((resolve, reject) => {
            this.tasks.set(thread, {
              reject,
              onMessage: (m) =>
                onMessage(
                  m,
                  thread,
                  (value) => {
                    this.tasks.delete(thread);
                    resolve(value);
                  },
                  i,
                ),
            });
            start(thread, i);
          }),
      ),
    );
  }

  /**
   * Counts every unit and merges the workers' counts. Worker i counts units i, i + n, i + 2n … and the counts
   * are merged in worker order: which rare n-grams a worker prunes depends only on its units, so two runs with
   * the same number of workers give the same output even when tables prune (units are small and of even size,
   * so a fixed share costs little balance). With the counts come the workers' small cuts (small-cuts.ts), so that
   * ranking in this thread need not load jieba.
   */
  async count(): Promise<{ counts: Counts; cutSmall: SmallCut }> {
    const next = this.threads.map((_, i) => i);
    const send = (thread: Worker, i: number): void => {
      const unit = this.units[next[i]];
      next[i] += this.threads.length;
      if (unit === undefined) return thread.postMessage({ type: 'finish' } satisfies MainMessage);
      if (!unit.start) this.progress.startFile(unit.path);
      thread.postMessage({ type: 'unit', unit } satisfies MainMessage);
    };
    const precut: PrecutWord[] = [];
    const shards = await this.all<Uint8Array>(send, (m, thread, done, i) => {
      if (m.type === 'next') send(thread, i);
      else if (m.type === 'bytes') this.progress.advance(m.bytes);
      else if (m.type === 'counts') {
        for (const cut of m.precut) precut.push(cut);
        done(m.data);
      }
    });
    let merged: Counts | undefined;
    for (let i = 0; i < shards.length; i++) {
      const shard = deserializeCounts(shards[i], 'worker counts');
      shards[i] = new Uint8Array(0); // let the bytes go before the next shard is read
      if (merged) mergeCounts(merged, shard);
      else merged = shard;
    }
    return { counts: merged ?? createCounts(), cutSmall: smallCutFrom(precut) };
  }

  /**
   * First locations, contexts and forms of the best candidates: workers take the units as they free up,
   * each with a fresh collector, and what they found is added unit by unit in corpus order, which gives
   * exactly what one thread reading the corpus in order finds (contexts.ts: FoundContexts).
   */
  async contexts(ranked: Candidate[], options: ContextOptions): Promise<Candidate[]> {
    const wanted = ranked.slice(0, contextsLimit(options));
    const found: FoundContexts[][] = [];
    let next = 0;
    const send = (thread: Worker): boolean => {
      const index = next++;
      if (index >= this.units.length) return false;
      thread.postMessage({ type: 'contexts-unit', unit: this.units[index], index } satisfies MainMessage);
      return true;
    };
    await this.all<void>(
      (thread) => {
        thread.postMessage({ type: 'contexts-for', candidates: wanted } satisfies MainMessage);
        send(thread); // the pool has at least as many units as workers
      },
      (m, thread, done) => {
        if (m.type !== 'found') return;
        found[m.index] = m.found;
        if (!send(thread)) done();
      },
    );
    const collector = new ContextCollector(wanted, { maxContexts: options.maxContexts, contextsFor: wanted.length });
    for (const part of found) collector.addFound(part);
    return [...collector.finish(), ...ranked.slice(wanted.length)];
  }

  /** Asks every worker to leave after its current batch; terminates one that has not left within 30 s. */
  async close(): Promise<void> {
    this.tasks.clear();
    Atomics.store(new Int32Array(this.stop), 0, 1);
    await Promise.all(
      this.threads.map(
        (thread) =>
          new Promise<void>((resolve) => {
            if (this.exited.has(thread)) return resolve();
            const timer = setTimeout(() => void thread.terminate(), 30_000);
            thread.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            thread.postMessage({ type: 'exit' } satisfies MainMessage);
          }),
      ),
    );
  }
}

/** The second pass: first location, contexts and surface forms of the best ranked candidates, read from `paths`. */
async function collectContexts(ranked: Candidate[], paths: string[], options: ExtractPathsOptions): Promise<Candidate[]> {
  const collector = new ContextCollector(ranked, options);
  if (!collector.complete && paths.length > 0) {
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
  const pool = await openPool(paths, options);
  let contextsPool: WorkerPool | undefined;
  try {
    const { counts, cutSmall } = pool ? await pool.count() : { counts: await countInThread(paths, options), cutSmall: undefined };
    // The counting threads leave: each holds jieba's dictionary (~250 MB), which reading contexts does not need.
    // Fresh threads start at once, so that they are ready when ranking is done.
    await pool?.close();
    if (pool && contextsLimit(options) > 0) contextsPool = pool.reopen();
    t = phase('count', t);
    const ranked = rankCounts(counts, { ...options, cutSmall });
    t = phase('rank', t);
    options.progress?.setStage('contexts');
    const candidates = contextsPool && ranked.length > 0 ? await contextsPool.contexts(ranked, options) : await collectContexts(ranked, paths, options);
    phase('contexts', t);
    return { candidates, counts };
  } finally {
    await pool?.close();
    await contextsPool?.close();
  }
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
  const ranked = rankCounts(counts, options);
  return { candidates: await collectContexts(ranked, paths, options), counts };
}
