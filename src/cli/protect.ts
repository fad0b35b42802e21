// An output never replaces what the command reads: a report written over its glossary (check -o
// glossary/diplomacy.tsv) would destroy the glossary, and the next run would read the report as one. Paths are
// compared with symbolic links resolved, so a link to the glossary is the glossary.
import { lstatSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { TEXT_EXTENSIONS } from '../corpus/files.ts';
import { ZhtermError } from '../errors.ts';
import { defaultGlossaryPath } from '../glossary/load.ts';

/** Whether `path` is `root` or lies under it (both absolute). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * The absolute path with every symbolic link resolved, as far as the path exists: a file not yet written resolves
 * through its folder, and a dangling link through its target (which a write would create).
 */
export function realPath(path: string, hops = 0): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    if (hops < 40 && isSymlink(absolute)) return realPath(resolve(dirname(absolute), readlinkSync(absolute)), hops + 1);
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent, hops), basename(absolute));
  }
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** What a command reads: a file (an output may not be it) or a folder (an output may not lie inside it). */
export interface ReadPath {
  path: string;
  /** How the error names it: "an input of this check", "part of the glossary glossary/". */
  role: string;
  /** A glossary folder is read whole, a new file in it included. */
  wholeFolder?: boolean;
  /** A corpus folder is read for files of these kinds (.txt, .md): such an output inside it would be read next time. */
  readsExtensions?: readonly string[];
}

/** Corpus paths as reads: a file is an input; in a folder, every file the corpus reader would pick up. */
export function corpusReads(paths: readonly string[], what: string): ReadPath[] {
  return paths.map((path) =>
    isDirectory(path) ? { path, role: `read as part of the corpus folder ${path} by this ${what}`, readsExtensions: TEXT_EXTENSIONS } : { path, role: `an input of this ${what}` },
  );
}

function isDirectory(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The project glossary (./glossary, else the shipped one): no command writes into it, whether it reads it or not. */
export function projectGlossary(): ReadPath {
  const path = defaultGlossaryPath();
  return { path, role: `part of the project glossary ${path}`, wholeFolder: true };
}

/** The output path (a file or folder) that is, or lies in, one of `reads`; undefined when none. */
export function overlappingRead(output: string, reads: ReadPath[]): ReadPath | undefined {
  const target = realPath(output);
  return reads.find((r) => r.path !== '-' && covers(r, target));
}

function covers(read: ReadPath, target: string): boolean {
  const root = realPath(read.path);
  if (read.wholeFolder) return isInside(target, root);
  if (target === root) return true;
  return read.readsExtensions !== undefined && isInside(target, root) && read.readsExtensions.includes(extname(target).toLowerCase());
}

/** Throws when `output` (a file; `-` and undefined are standard output) is, or lies in, one of `reads`. */
export function refuseOutputOverInputs(output: string | undefined, reads: ReadPath[]): void {
  if (output === undefined || output === '-') return;
  const hit = overlappingRead(output, reads);
  if (hit) throw new ZhtermError(`${output}: is ${hit.role}; write it elsewhere`);
}
