// A worker thread of parallel.ts (started through worker-boot.mjs). Two jobs:
//   count     given a share (consecutive file ranges), count its clauses into a table of its own and send it
//             serialized, with the small cuts of its words that ranking will ask for (small-cuts.ts);
//   contexts  given the best candidates, take file ranges one at a time and send what each holds of them
//             (first location, contexts, forms), to be added in corpus order by the main thread.
// The protocol is the MainMessage / WorkerMessage types below.
import { parentPort, workerData } from 'node:worker_threads';
import { readRangeBatches, type FileRange } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import type { Candidate } from '../types.ts';
import { ContextCollector, type FoundContexts } from './contexts.ts';
import { addSentence, createCounts, serializeCounts, type CountOptions } from './counts.ts';
import { precutWords, type PrecutWord } from './small-cuts.ts';

export interface WorkerInit {
  count: CountOptions;
  /** Int32 flag the main thread sets to 1 to stop all work at the next batch (on another worker's error). */
  stop: SharedArrayBuffer;
  chunkSize?: number;
  encoding?: string;
  maxContexts?: number;
}

/** Main thread → worker. */
export type MainMessage =
  | { type: 'share'; index: number; units: FileRange[]; maxEntries: number }
  | { type: 'contexts-for'; candidates: Candidate[] }
  | { type: 'contexts-unit'; unit: FileRange; index: number }
  | { type: 'exit' };

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'file'; path: string }
  | { type: 'bytes'; bytes: number }
  | { type: 'counts'; index: number; data: Uint8Array; precut: PrecutWord[] }
  | { type: 'found'; index: number; found: FoundContexts[] }
  | { type: 'error'; message: string; exitCode: number; file?: string; line?: number; stack?: string };

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  let wanted: Candidate[] = [];
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  // Bytes are reported per chunk so the main thread's progress line moves while a unit is read.
  const progress: Progress = { ...NO_PROGRESS, advance: (bytes) => post({ type: 'bytes', bytes }) };
  const read = { chunkSize: init.chunkSize, encoding: init.encoding };
  const stop = new Int32Array(init.stop);
  const stopped = (): boolean => Atomics.load(stop, 0) !== 0;

  const handle = async (message: MainMessage): Promise<void> => {
    if (stopped()) return;
    if (message.type === 'share') {
      const counts = createCounts({ ...init.count, maxEntries: message.maxEntries });
      for (const unit of message.units) {
        if (!unit.start) post({ type: 'file', path: unit.path });
        for await (const batch of readRangeBatches(unit, { ...read, progress })) {
          if (stopped()) return;
          for (const s of batch) addSentence(counts, s);
        }
      }
      const data = serializeCounts(counts);
      const precut = precutWords(counts);
      post({ type: 'counts', index: message.index, data, precut }, [data.buffer as ArrayBuffer]);
    } else if (message.type === 'contexts-for') {
      wanted = message.candidates;
    } else if (message.type === 'contexts-unit') {
      // the main thread sent only candidates that want contexts: collect for all of them
      const collector = new ContextCollector(wanted, { maxContexts: init.maxContexts, contextsFor: wanted.length });
      for await (const batch of readRangeBatches(message.unit, read)) {
        if (stopped()) return;
        for (const s of batch) collector.add(s);
      }
      post({ type: 'found', index: message.index, found: collector.found() });
    }
  };

  let busy = Promise.resolve();
  port.on('message', (message: MainMessage) => {
    // Leaving by closing the port lets the thread end between two calls into jieba: Worker.terminate()
    // in the middle of one aborts the whole process (a C++ exception escapes the addon).
    if (message.type === 'exit') {
      void busy.then(() => port.close());
      return;
    }
    busy = busy.then(() =>
      handle(message).catch((err: unknown) => {
        const e = err as Error;
        post(
          err instanceof ZhtermError
            ? { type: 'error', message: err.message, exitCode: err.exitCode, file: err.file, line: err.line }
            : { type: 'error', message: e?.message ?? String(err), exitCode: 3, stack: e?.stack },
        );
      }),
    );
  });
}
