// Turns the paths a user typed into the ordered list of text files to read.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { ZhtermError } from '../errors.ts';

/** The path that stands for standard input. */
export const STDIN = '-';

/** Extensions read when a directory is given (a file named explicitly is read whatever its name). */
export const TEXT_EXTENSIONS = ['.txt', '.md'];

export interface InputFile {
  /** Path as it will appear in locations (relative paths stay relative), or `-` for stdin. */
  path: string;
  /** Size in bytes, 0 for stdin (unknown). */
  size: number;
}

/**
 * Expands files, directories (recursively, .txt and .md, hidden entries skipped, sorted by path) and `-`.
 * Throws a ZhtermError naming the path when it does not exist or a directory holds no text file.
 * `skipDirs` are left out of directory walks: `build` skips its output folder, whose anki.txt and pleco.txt are
 * no corpus.
 */
export function discoverFiles(paths: string[], skipDirs: readonly string[] = []): InputFile[] {
  const skip = new Set(skipDirs.map((d) => resolve(d)));
  const files: InputFile[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      files.push({ path, size: 0 });
      continue;
    }
    const stat = statOrThrow(path);
    if (stat.isDirectory()) {
      const found = walk(path, skip);
      if (found.length === 0) throw new ZhtermError(`${path}: directory contains no text files (${TEXT_EXTENSIONS.join(', ')})`, 2, path);
      files.push(...found);
    } else {
      files.push({ path, size: stat.size });
    }
  }
  return files;
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    throw new ZhtermError(`${path}: ${reason}`, 2, path);
  }
}

function walk(dir: string, skip: ReadonlySet<string>): InputFile[] {
  const out: InputFile[] = [];
  const names = readdirSync(dir).filter((n) => !n.startsWith('.')).sort(byCodePoint);
  for (const name of names) {
    const path = join(dir, name);
    const stat = statOrThrow(path);
    if (stat.isDirectory()) {
      if (!skip.has(resolve(path))) out.push(...walk(path, skip));
    } else if (stat.isFile() && TEXT_EXTENSIONS.includes(extname(name).toLowerCase())) {
      out.push({ path, size: stat.size });
    }
  }
  return out;
}

/** Locale-independent order, so runs on different machines read files in the same order. */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
