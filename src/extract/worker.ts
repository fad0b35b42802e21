// A counting worker thread: takes file ranges one at a time from the main thread, counts their clauses
// into one Counts, and sends the serialized counts back at the end. Started by parallel.ts through
// worker-boot.mjs; the protocol is the WorkerMessage / MainMessage types below.
import { parentPort, workerData } from 'node:worker_threads';
import { readRangeBatches, type FileRange } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import { addSentence, createCounts, serializeCounts, type CountOptions } from './counts.ts';

export interface WorkerInit {
  count: CountOptions;
  chunkSize?: number;
  encoding?: string;
}

/** Main thread → worker. */
export type MainMessage = { type: 'unit'; unit: FileRange } | { type: 'finish' };

/** Worker → main thread. */
export type WorkerMessage =
  | { type: 'next' }
  | { type: 'bytes'; bytes: number }
  | { type: 'counts'; data: Uint8Array }
  | { type: 'error'; message: string; exitCode: number; file?: string; line?: number; stack?: string };

const port = parentPort;
if (port) {
  const init = workerData as WorkerInit;
  const counts = createCounts(init.count);
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  // Bytes are reported per chunk so the main thread's progress line moves while a unit is read.
  const progress: Progress = { ...NO_PROGRESS, advance: (bytes) => post({ type: 'bytes', bytes }) };
  let busy = Promise.resolve();

  port.on('message', (message: MainMessage) => {
    busy = busy.then(async () => {
      try {
        if (message.type === 'unit') {
          const options = { chunkSize: init.chunkSize, encoding: init.encoding, progress };
          for await (const batch of readRangeBatches(message.unit, options)) for (const s of batch) addSentence(counts, s);
          post({ type: 'next' });
        } else {
          const data = serializeCounts(counts);
          post({ type: 'counts', data }, [data.buffer as ArrayBuffer]);
        }
      } catch (err) {
        const e = err as Error;
        post(
          err instanceof ZhtermError
            ? { type: 'error', message: err.message, exitCode: err.exitCode, file: err.file, line: err.line }
            : { type: 'error', message: e?.message ?? String(err), exitCode: 3, stack: e?.stack },
        );
      }
    });
  });
  post({ type: 'next' });
}
