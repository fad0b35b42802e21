// Streams a file (or stdin) as batches of decoded lines: bytes are read in chunks and decoded
// incrementally, so a 1 GB file never becomes one string, and line numbers stay exact across chunks.
import { createReadStream } from 'node:fs';
import { checkEncodingName, createStrictDecoder, detectEncoding, SAMPLE_BYTES } from './encoding.ts';
import { STDIN } from './files.ts';

export interface LineStreamOptions {
  /** Force this encoding instead of detecting it (default: detect). */
  encoding?: string;
  /** Bytes read at a time (default 1 MiB; tests use tiny chunks to exercise boundaries). */
  chunkSize?: number;
  /** Read only bytes [start, end) of the file (default: all). A range must begin at a line start. */
  start?: number;
  end?: number;
  /** Line number of the first line read (default 1; a range passes its own). */
  firstLine?: number;
  /** Called with the byte count of each chunk read (progress reporting). */
  onBytes?: (bytes: number) => void;
}

export interface LineBatch {
  /** 1-based number of `lines[0]`. */
  firstLine: number;
  /** Lines without their terminators (`\n`, `\r\n`). */
  lines: string[];
}

export const DEFAULT_CHUNK_SIZE = 1 << 20;

/** Name used for standard input in locations and errors. */
export const STDIN_NAME = '<stdin>';

/** A path as locations and messages name it: `-` is <stdin>. */
export function inputName(path: string): string {
  return path === STDIN ? STDIN_NAME : path;
}

function byteChunks(path: string, options: LineStreamOptions): AsyncIterable<Buffer> {
  if (path === STDIN) return process.stdin;
  const end = options.end === undefined ? undefined : options.end - 1;
  if (end !== undefined && end < (options.start ?? 0)) return (async function* () {})();
  return createReadStream(path, { highWaterMark: options.chunkSize ?? DEFAULT_CHUNK_SIZE, start: options.start, end });
}

/** Re-cuts an async byte stream so the first piece holds at least `size` bytes (or everything). */
async function* withSample(chunks: AsyncIterable<Buffer>, size: number): AsyncGenerator<Buffer, void, undefined> {
  const head: Buffer[] = [];
  let bytes = 0;
  const it = chunks[Symbol.asyncIterator]();
  while (bytes < size) {
    const next = await it.next();
    if (next.done) break;
    head.push(next.value);
    bytes += next.value.length;
  }
  if (head.length > 0) yield Buffer.concat(head);
  for (;;) {
    const next = await it.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Yields the decoded lines of one file in batches (one batch per chunk read). */
export async function* readLineBatches(path: string, options: LineStreamOptions = {}): AsyncGenerator<LineBatch> {
  const file = inputName(path);
  const forced = options.encoding === undefined ? undefined : checkEncodingName(options.encoding);
  const chunkSize = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  // The detector needs a sample; with a forced encoding the chunks are used as they come.
  const chunks = forced ? byteChunks(path, options) : withSample(byteChunks(path, options), Math.min(SAMPLE_BYTES, Math.max(chunkSize, 4096)));
  let line = options.firstLine ?? 1;
  let decoder: ReturnType<typeof createStrictDecoder> | undefined;
  let carry = '';
  let atStart = (options.start ?? 0) === 0;

  const cut = (text: string): LineBatch | undefined => {
    if (atStart) {
      if (text === '') return undefined;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      atStart = false;
    }
    const lines = (carry + text).split('\n');
    carry = lines.pop() ?? '';
    if (lines.length === 0) return undefined;
    for (let i = 0; i < lines.length; i++) if (lines[i].endsWith('\r')) lines[i] = lines[i].slice(0, -1);
    const batch = { firstLine: line, lines };
    line += lines.length;
    return batch;
  };

  for await (const chunk of chunks) {
    options.onBytes?.(chunk.length);
    decoder ??= createStrictDecoder(forced ?? detectEncoding(chunk, file), file, line);
    const batch = cut(decoder.decode(chunk));
    if (batch) yield batch;
  }
  if (decoder) {
    const tail = cut(decoder.end());
    if (tail) yield tail;
  }
  if (carry !== '') yield { firstLine: line, lines: [carry.endsWith('\r') ? carry.slice(0, -1) : carry] };
}
