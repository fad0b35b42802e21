// Counting in shares, on one thread or several, then ranking and contexts. The corpus is cut into units and
// the units into shares of consecutive units (shard.ts). Each share is counted into a table of its own, with
// its part of the memory budget, and the tables are merged in share order: which rare n-grams a table prunes
// depends on its share alone, so one thread counting the shares one after the other and worker threads
// (worker.ts) counting them at once give the same counts, and the same output (docs/scale.md). After
// ranking, fresh workers read the units again, as they free up, for the contexts of the best candidates.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { discoverFiles, readRangeBatches, readSentenceBatches, STDIN, type FileRange, type InputFile } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import type { Candidate, Sentence } from '../types.ts';
import { ContextCollector, contextsLimit, type ContextOptions, type FoundContexts } from './contexts.ts';
import { addSentence, createCounts, deserializeCounts, maxEntriesOf, mergeCounts, type CountOptions, type Counts } from './counts.ts';
import { rankCounts, type RankOptions } from './rank.ts';
import { smallCutFrom, type PrecutWord, type SmallCut } from './small-cuts.ts';
import { mergeCountsFiles } from './counts-file.ts';
import { planShares, planUnits, type Share } from './shard.ts';
import type { MainMessage, WorkerInit, WorkerMessage } from './worker.ts';

export interface CountPathsOptions extends CountOptions {
  /**
   * Worker threads; 1 counts in this thread. Default: one per core (at most 4) for inputs of 16 MiB or more,
   * else 1 (below that, starting workers costs more than it saves: docs/scale.md). At most one per share.
   */
  workers?: number;
  /**
   * Shares the corpus is counted in (default 2). The counts, and so the output, depend on the shares, never on
   * the number of threads; more threads than shares would have nothing to do.
   */
  shares?: number;
  /** Force the input encoding (default: detect per file). */
  encoding?: string;
  /** Bytes read at a time (default 1 MiB). */
  chunkSize?: number;
  /** Directories left out when walking the given folders (build's output folder). */
  skipDirs?: readonly string[];
  /** Units per share when cutting large files (default 16). */
  unitsPerShare?: number;
  /** Files smaller than this are never cut (default 4 MiB). */
  minUnitBytes?: number;
  /** Reports files and bytes (default: none). */
  progress?: Progress;
  /** Called with every clause counted in this thread, in corpus order (clauses counted on workers are not seen here). */
  onSentence?: (sentence: Sentence) => void;
}

const WORKER_URL = new URL('./worker-boot.mjs', import.meta.url);

/** Inputs smaller than this are counted in one thread unless workers are asked for. */
export const PARALLEL_MIN_BYTES = 16 << 20;

/** Shares when none are asked for: as many as the two cores the targets are set for. */
export const DEFAULT_SHARES = 2;

export function defaultWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** A corpus cut for counting: its files, their units (also read again for contexts) and the shares of units. */
interface CountPlan {
  files: InputFile[];
  bytes: number;
  units: FileRange[];
  shares: Share[];
  /** The table budget of each share, by share (shareBudget). */
  budgets: number[];
  /** The whole budget, which the merged table gets. */
  maxEntries: number;
}

async function planCounting(paths: string[], options: CountPathsOptions): Promise<CountPlan> {
  const files = discoverFiles(paths, options.skipDirs);
  const count = options.shares ?? DEFAULT_SHARES;
  if (!(Number.isInteger(count) && count >= 1)) throw new ZhtermError(`shares must be a whole number of at least 1, not ${count}`);
  const units = await planUnits(files, count, options);
  const shares = planShares(units, files, count);
  const bytes = files.reduce((sum, f) => sum + f.size, 0);
  const maxEntries = maxEntriesOf(options);
  return { files, bytes, units, shares, budgets: shares.map((share) => shareBudget(share.bytes, bytes, maxEntries)), maxEntries };
}

/**
 * The table budget of a share: its part of the whole budget by size (so a corpus of one large file that cannot
 * be cut keeps the whole budget), never less than 4,096 entries.
 */
function shareBudget(shareBytes: number, corpusBytes: number, maxEntries: number): number {
  if (corpusBytes === 0) return maxEntries;
  return Math.max(Math.min(maxEntries, 4096), Math.ceil((maxEntries * shareBytes) / corpusBytes));
}

/** Adds the counts of the next share to those of the shares before it (the first share's table, given the whole budget). */
function mergeShare(merged: Counts | undefined, share: Counts, maxEntries: number): Counts {
  if (merged === undefined) {
    share.maxEntries = maxEntries;
    return share;
  }
  mergeCounts(merged, share);
  return merged;
}

/** Counts the clauses of `paths` in this thread, share after share (standard input, which cannot be cut, in one table). */
export async function countInThread(paths: string[], options: CountPathsOptions = {}): Promise<Counts> {
  if (paths.includes(STDIN)) {
    const counts = createCounts(options);
    for await (const batch of readSentenceBatches(paths, options)) {
      for (const s of batch) {
        addSentence(counts, s);
        options.onSentence?.(s);
      }
    }
    return counts;
  }
  return countPlanInThread(await planCounting(paths, options), options);
}

async function countPlanInThread(plan: CountPlan, options: CountPathsOptions): Promise<Counts> {
  const progress = options.progress ?? NO_PROGRESS;
  progress.addTotal(plan.files.length, plan.bytes);
  const read = { encoding: options.encoding, chunkSize: options.chunkSize, progress };
  let merged: Counts | undefined;
  for (const [i, share] of plan.shares.entries()) {
    const counts = createCounts({ ...options, maxEntries: plan.budgets[i] });
    for (const unit of share.units) {
      if (!unit.start) progress.startFile(unit.path);
      for await (const batch of readRangeBatches(unit, read)) {
        for (const s of batch) {
          addSentence(counts, s);
          options.onSentence?.(s);
        }
      }
    }
    merged = mergeShare(merged, counts, plan.maxEntries);
  }
  return merged ?? createCounts(options);
}

/** Counts the clauses of files and directories on `workers` threads (stdin is always counted in this thread). */
export async function countPaths(paths: string[], options: CountPathsOptions = {}): Promise<Counts> {
  if (paths.includes(STDIN)) return countInThread(paths, options);
  const plan = await planCounting(paths, options);
  const pool = openPool(plan, options);
  if (!pool) return countPlanInThread(plan, options);
  try {
    return (await pool.count()).counts;
  } finally {
    await pool.close();
  }
}

/** Worker threads for a corpus, or undefined when one thread will do (1 worker asked for, a small input, one share). */
function openPool(plan: CountPlan, options: CountPathsOptions & ContextOptions): WorkerPool | undefined {
  const workers = Math.min(options.workers ?? (plan.bytes >= PARALLEL_MIN_BYTES ? defaultWorkers() : 1), plan.shares.length);
  if (workers <= 1) return undefined;
  const progress = options.progress ?? NO_PROGRESS;
  progress.addTotal(plan.files.length, plan.bytes);
  return new WorkerPool(plan, workers, options, progress);
}

/** What the main thread expects next from one worker. */
interface Task {
  onMessage(message: WorkerMessage, worker: Worker): void;
  reject(err: Error): void;
}

/** Worker threads kept for one pass: counting (a share at a time), or contexts (units handed out as threads free up). */
class WorkerPool {
  private readonly threads: Worker[];
  private readonly tasks = new Map<Worker, Task>();
  private readonly stop = new SharedArrayBuffer(4);
  private readonly exited = new Set<Worker>();
  private failure: Error | undefined;

  constructor(
    private readonly plan: CountPlan,
    private readonly n: number,
    private readonly options: CountPathsOptions & ContextOptions,
    private readonly progress: Progress,
  ) {
    const init: WorkerInit = {
      count: { maxTokens: options.maxTokens, maxChars: options.maxChars },
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

  /** New threads for the same corpus and options (the contexts pass after counting threads have left). */
  reopen(): WorkerPool {
    return new WorkerPool(this.plan, this.n, this.options, this.progress);
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
   * Counts every share, worker i taking shares i, i + n, i + 2n …, each into a table of its own sent back
   * serialized, and merges the tables in share order: exactly what countPlanInThread does in one thread.
   * With the counts come the workers' small cuts (small-cuts.ts), so that ranking here need not load jieba.
   */
  async count(): Promise<{ counts: Counts; cutSmall: SmallCut }> {
    const { shares, budgets, maxEntries } = this.plan;
    const next = this.threads.map((_, i) => i);
    const tables: Uint8Array[] = [];
    const precut: PrecutWord[] = [];
    const send = (thread: Worker, i: number): boolean => {
      const index = next[i];
      next[i] += this.threads.length;
      if (index >= shares.length) return false;
      thread.postMessage({ type: 'share', index, units: shares[index].units, maxEntries: budgets[index] } satisfies MainMessage);
      return true;
    };
    // the pool has at most as many workers as shares: each starts with one
    await this.all<void>(
      (thread, i) => send(thread, i),
      (m, thread, done, i) => {
        if (m.type === 'file') this.progress.startFile(m.path);
        else if (m.type === 'bytes') this.progress.advance(m.bytes);
        else if (m.type === 'counts') {
          tables[m.index] = m.data;
          for (const cut of m.precut) precut.push(cut);
          if (!send(thread, i)) done();
        }
      },
    );
    let merged: Counts | undefined;
    for (let i = 0; i < tables.length; i++) {
      const share = deserializeCounts(tables[i], 'worker counts');
      tables[i] = new Uint8Array(0); // let the bytes go before the next table is read
      merged = mergeShare(merged, share, maxEntries);
    }
    return { counts: merged ?? createCounts(this.options), cutSmall: smallCutFrom(precut) };
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
      if (index >= this.plan.units.length) return false;
      thread.postMessage({ type: 'contexts-unit', unit: this.plan.units[index], index } satisfies MainMessage);
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
    for await (const batch of readSentenceBatches(paths, { encoding: options.encoding, chunkSize: options.chunkSize, skipDirs: options.skipDirs })) for (const s of batch) collector.add(s);
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
  const plan = await planCounting(paths, options);
  const pool = openPool(plan, options);
  let contextsPool: WorkerPool | undefined;
  try {
    const { counts, cutSmall } = pool ? await pool.count() : { counts: await countPlanInThread(plan, options), cutSmall: undefined };
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
