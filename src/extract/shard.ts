// Cutting a corpus into work units, and the units into shares. Each share is counted into a table of its
// own and the tables are merged in share order (parallel.ts), on one thread or several: the shares, not
// the threads, decide which rare n-grams a table prunes, so the output does not depend on the number of
// threads. Counts are summed across units, and document frequency is only right when no document spans two
// units, so a file is cut only at `=== ` document headers; a file without headers is one document and stays whole.
import { open } from 'node:fs/promises';
import type { FileRange, InputFile } from '../corpus/index.ts';
import { detectEncoding, SAMPLE_BYTES, STDIN } from '../corpus/index.ts';

export interface ShardOptions {
  /** Units per share (default 16): the contexts pass hands units to threads as they free up. */
  unitsPerShare?: number;
  /** Files smaller than this are never cut (default 4 MiB). */
  minUnitBytes?: number;
  /** Force the encoding of every file (default: detect per file). */
  encoding?: string;
  /** Bytes scanned at a time when looking for headers (default 4 MiB; tests use less). */
  scanBytes?: number;
}

/** A header line: where it starts (byte offset) and its line number. */
export interface HeaderAt {
  offset: number;
  line: number;
}

const HEADER = Buffer.from('=== ');
const NL = 0x0a;

/** Encodings in which `\n=== ` is always those bytes and never part of a character. */
const ASCII_SAFE = new Set(['utf-8', 'gb18030', 'gbk', 'big5']);

/** Byte offsets and line numbers of every `=== ` header line after the first byte of a file. */
export async function findHeaders(path: string, scanBytes = 4 << 20): Promise<HeaderAt[]> {
  const headers: HeaderAt[] = [];
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(Math.max(scanBytes, HEADER.length * 4));
    let pos = 0;
    let line = 1;
    for (;;) {
      const { bytesRead } = await handle.read(buf, 0, buf.length, pos);
      if (bytesRead === 0) break;
      const chunk = buf.subarray(0, bytesRead);
      const eof = bytesRead < buf.length;
      // A newline this close to the end of the buffer is examined in the next read, with its header bytes.
      const limit = eof ? bytesRead : bytesRead - HEADER.length;
      let last = -1;
      for (let i = chunk.indexOf(NL, 0); i !== -1 && i < limit; i = chunk.indexOf(NL, i + 1)) {
        line++;
        last = i;
        if (i + 1 + HEADER.length <= bytesRead && chunk.compare(HEADER, 0, HEADER.length, i + 1, i + 1 + HEADER.length) === 0) {
          headers.push({ offset: pos + i + 1, line });
        }
      }
      if (eof) break;
      pos += last === -1 ? limit : last + 1;
    }
  } finally {
    await handle.close();
  }
  return headers;
}

/** For each target offset, the first header at or after it; duplicates and cuts at 0 are dropped. */
export function chooseCuts(headers: HeaderAt[], targets: number[]): HeaderAt[] {
  const cuts: HeaderAt[] = [];
  let h = 0;
  for (const t of targets) {
    while (h < headers.length && headers[h].offset < t) h++;
    if (h === headers.length) break;
    if (headers[h].offset > 0 && cuts.at(-1)?.offset !== headers[h].offset) cuts.push(headers[h]);
  }
  return cuts;
}

async function encodingOf(path: string, forced: string | undefined): Promise<string> {
  if (forced) return forced;
  const handle = await open(path, 'r');
  try {
    const buf = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
    return detectEncoding(buf.subarray(0, bytesRead), path);
  } finally {
    await handle.close();
  }
}

/**
 * Work units for `shares` shares: whole files, and large files with `=== ` headers cut at headers
 * into pieces of about total / (shares × unitsPerShare) bytes. Units are in corpus order.
 */
export async function planUnits(files: InputFile[], shares: number, options: ShardOptions = {}): Promise<FileRange[]> {
  const total = files.reduce((sum, f) => sum + f.size, 0);
  const target = Math.max(options.minUnitBytes ?? 4 << 20, Math.ceil(total / (shares * (options.unitsPerShare ?? 16))));
  const units: FileRange[] = [];
  for (const file of files) {
    if (file.path === STDIN || file.size <= target) {
      units.push({ path: file.path });
      continue;
    }
    const encoding = await encodingOf(file.path, options.encoding);
    if (!ASCII_SAFE.has(encoding)) {
      units.push({ path: file.path, encoding });
      continue;
    }
    const pieces = Math.ceil(file.size / target);
    const targets = Array.from({ length: pieces - 1 }, (_, k) => Math.round(((k + 1) * file.size) / pieces));
    const cuts = chooseCuts(await findHeaders(file.path, options.scanBytes), targets);
    let start: HeaderAt = { offset: 0, line: 1 };
    for (const cut of [...cuts, { offset: file.size, line: 0 }]) {
      units.push({ path: file.path, start: start.offset, end: cut.offset, firstLine: start.line, encoding });
      start = cut;
    }
  }
  return units;
}

/** A run of consecutive units, counted into one table. */
export interface Share {
  units: FileRange[];
  bytes: number;
}

/**
 * The units in at most `shares` runs of consecutive units of about equal size, in corpus order: a unit goes to
 * the share that holds its middle byte. Shares that would be empty (fewer units than shares) are left out.
 */
export function planShares(units: FileRange[], files: InputFile[], shares: number): Share[] {
  const sizes = new Map(files.map((f) => [f.path, f.size]));
  const bytes = units.map((u) => (u.end ?? sizes.get(u.path) ?? 0) - (u.start ?? 0));
  const total = bytes.reduce((sum, b) => sum + b, 0);
  const out: Share[] = Array.from({ length: shares }, () => ({ units: [], bytes: 0 }));
  let before = 0;
  units.forEach((unit, i) => {
    const s = total === 0 ? 0 : Math.min(shares - 1, Math.floor(((before + bytes[i] / 2) * shares) / total));
    out[s].units.push(unit);
    out[s].bytes += bytes[i];
    before += bytes[i];
  });
  return out.filter((share) => share.units.length > 0);
}
