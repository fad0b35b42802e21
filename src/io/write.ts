// Every output goes through here: written to a temporary file beside the target, then renamed,
// so a full disk or a crash never leaves a half-written termbase behind.
import { lstatSync, mkdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { ZhtermError } from '../errors.ts';

/**
 * Writes `data` to `path` through a temporary file and a rename. A symbolic link is followed (the file it points to
 * is replaced, the link stays), and a target that is no regular file (a pipe, /dev/stdout, a process substitution)
 * is written to directly: renaming over it would replace it.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  writeFilesAtomic([{ path, data }]);
}

/**
 * Writes several files as one: every temporary file is written first, and only when all are written are they
 * renamed, so a failure leaves each target as it was (a build never leaves half old, half new exports).
 */
export function writeFilesAtomic(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const plans = files.map(({ path, data }) => ({ path, data, ...plan(path) }));
  const written: string[] = [];
  for (const p of plans) {
    if (p.tmp === undefined) continue;
    try {
      mkdirSync(dirname(p.target), { recursive: true });
      written.push(p.tmp);
      writeFileSync(p.tmp, p.data);
    } catch (err) {
      for (const tmp of written) rmSync(tmp, { force: true });
      throw writeError(p.path, err);
    }
  }
  plans.forEach((p, i) => {
    try {
      if (p.tmp === undefined) writeFileSync(p.path, p.data);
      else renameSync(p.tmp, p.target);
    } catch (err) {
      // the temporary files not renamed yet are removed with it
      for (const rest of plans.slice(i)) if (rest.tmp !== undefined) rmSync(rest.tmp, { force: true });
      throw writeError(p.path, err);
    }
  });
}

/** Where a path is written: the file a link points to, through a temporary file; or directly (`tmp` undefined). */
function plan(path: string): { target: string; tmp?: string } {
  const existing = statOrUndefined(() => statSync(path));
  if (existing !== undefined && !existing.isFile()) {
    if (existing.isDirectory()) throw new ZhtermError(`${path}: cannot write: is a directory`);
    return { target: path };
  }
  const target = existing !== undefined ? realpathSync(path) : linkTarget(path);
  return { target, tmp: join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`) };
}

/** The file a chain of links ends at, existing or not (a link to a file not written yet is followed, not replaced). */
function linkTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < MAX_LINK_HOPS && statOrUndefined(() => lstatSync(current))?.isSymbolicLink(); hops++) {
    current = resolve(dirname(current), readlinkSync(current));
  }
  return current;
}

const MAX_LINK_HOPS = 40;

function statOrUndefined(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

function writeError(path: string, err: unknown): ZhtermError {
  const code = (err as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOSPC'
      ? 'disk full'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOTDIR' || code === 'EEXIST'
          ? 'a folder on its path is a file'
          : (err as Error).message.replace(/,.*$/, '');
  return new ZhtermError(`${path}: cannot write: ${reason}`);
}

/** Writes to `path`, or to standard output when `path` is undefined or `-`. */
export function writeOutput(path: string | undefined, data: string): void {
  if (path === '') throw new ZhtermError('-o needs a file name (or - for standard output)');
  if (path === undefined || path === '-') process.stdout.write(data);
  else writeFileAtomic(path, data);
}
