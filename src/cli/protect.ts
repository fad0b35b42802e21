// An output never replaces what the command reads: a report written over its glossary (check -o
// glossary/diplomacy.tsv) would destroy the glossary, and the next run would read the report as one.
import { isAbsolute, relative, resolve } from 'node:path';
import { ZhtermError } from '../errors.ts';

/** Whether `path` is `root` or lies under it (both absolute). */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** What a command reads: a file (an output may not be it) or a folder (an output may not lie inside it). */
export interface ReadPath {
  path: string;
  /** How the error names it: "an input of this check", "part of the glossary glossary/". */
  role: string;
  /** A glossary folder is read whole, a new file in it included. */
  wholeFolder?: boolean;
}

/** Throws when `output` (a file; `-` and undefined are standard output) is, or lies in, one of `reads`. */
export function refuseOutputOverInputs(output: string | undefined, reads: ReadPath[]): void {
  if (output === undefined || output === '-') return;
  const target = resolve(output);
  const hit = reads.find((r) => r.path !== '-' && (r.wholeFolder ? isInside(target, resolve(r.path)) : target === resolve(r.path)));
  if (hit) throw new ZhtermError(`${output}: is ${hit.role}; write it elsewhere`);
}
