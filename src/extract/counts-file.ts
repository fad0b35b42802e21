// Counts files: what `zhterm count` writes for one shard of a corpus and `zhterm extract --counts` merges.
//
// Layout (version 1), all integers little-endian:
//   bytes 0–7    magic "ZHCOUNTS"
//   bytes 8–11   u32 format version (1)
//   bytes 12–15  u32 length H of the header
//   H bytes      header: UTF-8 JSON (CountsFileHeader: zhterm version, inputs, totals, limits)
//   the rest     gzip of the extractor's counts serialization (serializeCounts: "ZHTC", its own version)
// The header can be read without inflating the counts (readCountsHeader), e.g. to list what shards hold.
import { readFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ZhtermError } from '../errors.ts';
import { writeFileAtomic } from '../io/write.ts';
import { deserializeCounts, mergeCounts, serializeCounts, type Counts } from './counts.ts';

const MAGIC = Buffer.from('ZHCOUNTS');
export const COUNTS_FILE_VERSION = 1;
const PREFIX = MAGIC.length + 8;

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

export interface CountsFileHeader {
  /** zhterm version that wrote the file. */
  zhterm: string;
  /** The files counted, with their sizes in bytes (stdin: size 0). */
  inputs: { path: string; bytes: number }[];
  documents: number;
  sentences: number;
  tokens: number;
  /** Distinct n-grams stored. */
  ngrams: number;
  maxTokens: number;
  maxChars: number;
  /** n-grams seen fewer times than this may be missing (1: exact). */
  pruneFloor: number;
}

export interface WriteCountsOptions {
  /** The inputs counted, recorded in the header (default: none). */
  inputs?: { path: string; bytes: number }[];
  /** gzip level 1–9 (default 1: the counts are large and mostly incompressible ids; speed matters more). */
  level?: number;
}

/** The bytes of a counts file. */
export function encodeCountsFile(counts: Counts, options: WriteCountsOptions = {}): Buffer {
  const header: CountsFileHeader = {
    zhterm: pkg.version,
    inputs: options.inputs ?? [],
    documents: counts.documents,
    sentences: counts.sentences,
    tokens: counts.tokens,
    ngrams: counts.table.size,
    maxTokens: counts.maxTokens,
    maxChars: counts.maxChars,
    pruneFloor: counts.pruneFloor,
  };
  const json = Buffer.from(JSON.stringify(header));
  const prefix = Buffer.alloc(PREFIX);
  MAGIC.copy(prefix, 0);
  prefix.writeUInt32LE(COUNTS_FILE_VERSION, MAGIC.length);
  prefix.writeUInt32LE(json.length, MAGIC.length + 4);
  return Buffer.concat([prefix, json, gzipSync(serializeCounts(counts), { level: options.level ?? 1 })]);
}

/** Writes a counts file atomically. */
export function writeCountsFile(path: string, counts: Counts, options: WriteCountsOptions = {}): void {
  writeFileAtomic(path, encodeCountsFile(counts, options));
}

function readBytes(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ZhtermError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory, not a counts file' : (err as Error).message}`, 2, path);
  }
}

function parseHeader(bytes: Buffer, path: string): { header: CountsFileHeader; body: number } {
  if (bytes.length < PREFIX || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new ZhtermError(`${path}: not a zhterm counts file (write one with zhterm count -o FILE)`, 2, path);
  }
  const version = bytes.readUInt32LE(MAGIC.length);
  if (version !== COUNTS_FILE_VERSION) {
    throw new ZhtermError(`${path}: counts file format version ${version}; this zhterm reads version ${COUNTS_FILE_VERSION}`, 2, path);
  }
  const length = bytes.readUInt32LE(MAGIC.length + 4);
  try {
    return { header: JSON.parse(bytes.subarray(PREFIX, PREFIX + length).toString('utf8')) as CountsFileHeader, body: PREFIX + length };
  } catch {
    throw new ZhtermError(`${path}: damaged counts file (header)`, 2, path);
  }
}

/** The header of a counts file, without inflating its counts. */
export function readCountsHeader(path: string): CountsFileHeader {
  return parseHeader(readBytes(path), path).header;
}

/** The bytes of a counts file → its counts. `path` names the file in errors. */
export function decodeCountsFile(bytes: Buffer, path: string): Counts {
  const { body } = parseHeader(bytes, path);
  let raw: Buffer;
  try {
    raw = gunzipSync(bytes.subarray(body));
  } catch {
    throw new ZhtermError(`${path}: damaged counts file (truncated or corrupt data)`, 2, path);
  }
  return deserializeCounts(raw, path);
}

export function readCountsFile(path: string): Counts {
  return decodeCountsFile(readBytes(path), path);
}

/** Reads and merges counts files (shards of one corpus, other documents each) into one Counts. */
export function mergeCountsFiles(paths: string[]): Counts {
  if (paths.length === 0) throw new ZhtermError('--counts: no counts files given');
  const [first, ...rest] = paths;
  const merged = readCountsFile(first);
  for (const path of rest) {
    try {
      mergeCounts(merged, readCountsFile(path));
    } catch (err) {
      if (err instanceof ZhtermError && !err.message.startsWith(path)) throw new ZhtermError(`${path}: ${err.message}`, err.exitCode, path);
      throw err;
    }
  }
  return merged;
}
