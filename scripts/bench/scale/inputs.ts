// Benchmark inputs of about 10, 50 and 100 MB, made once into the system temp directory:
// the shared news corpus (years concatenated, cut at a `=== ` header past the size), any path given
// (its text repeated as needed), or, when neither is there, the bundled data/ repeated.
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../../../src/corpus/index.ts';

export const MB = 1 << 20;
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const SHARED_NEWS = resolve(REPO, '../shared/corpora/news-xinwenlianbo');

export interface BenchInput {
  /** Where the text came from. */
  source: string;
  path: string;
  bytes: number;
}

/** The source: the path given, else the shared news corpus when present, else data/. */
export function benchSource(args: string[]): string {
  const given = args.find((a, i) => !a.startsWith('-') && !args[i - 1]?.startsWith('--'));
  if (given) return resolve(given);
  return existsSync(SHARED_NEWS) ? SHARED_NEWS : join(REPO, 'data');
}

/** `--sizes 10,50,100` (MB) or the default. */
export function benchSizes(args: string[], fallback = [10, 50, 100]): number[] {
  const i = args.indexOf('--sizes');
  return i >= 0 ? args[i + 1].split(',').map(Number) : fallback;
}

/**
 * A file of at least `sizeMB` MB made from the source's text files in order. Files are joined whole and
 * the result is cut at the first document header after the size; a source too small is repeated, each
 * copy under its own `=== ` header so that documents stay distinct.
 */
export function makeInput(source: string, sizeMB: number): BenchInput {
  const dir = join(tmpdir(), 'zhterm-bench');
  mkdirSync(dir, { recursive: true });
  const name = `${source.replace(/[^A-Za-z0-9]+/g, '_').slice(-60)}-${sizeMB}MB.txt`;
  const path = join(dir, name);
  if (existsSync(path) && statSync(path).size >= sizeMB * MB) return { source, path, bytes: statSync(path).size };
  const files = discoverFiles([source]).map((f) => f.path);
  const target = sizeMB * MB;
  const fd = openSync(`${path}.tmp`, 'w');
  let written = 0;
  try {
    for (let copy = 1; written < target; copy++) {
      for (const file of files) {
        let text = readFileSync(file);
        if (written + text.length > target) {
          const cut = text.indexOf('\n=== ', Math.max(0, target - written));
          if (cut >= 0) text = text.subarray(0, cut + 1);
        }
        if (copy > 1 || !text.subarray(0, 4).equals(Buffer.from('=== '))) {
          written += writeSync(fd, Buffer.from(`=== bench #${copy} ${file.split('/').pop()}\n`));
        }
        written += writeSync(fd, text);
        if (!text.subarray(-1).equals(Buffer.from('\n'))) written += writeSync(fd, Buffer.from('\n'));
        if (written >= target) break;
      }
    }
  } finally {
    closeSync(fd);
  }
  renameSync(`${path}.tmp`, path);
  return { source, path, bytes: written };
}
