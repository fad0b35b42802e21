// Every output goes through here: written to a temporary file beside the target, then renamed,
// so a full disk or a crash never leaves a half-written termbase behind.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ZhtermError } from '../errors.ts';

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the temporary file could not even be created
    }
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOSPC' ? 'disk full' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (err as Error).message.replace(/,.*$/, '');
    throw new ZhtermError(`${path}: cannot write: ${reason}`);
  }
}

/** Writes to `path`, or to standard output when `path` is undefined or `-`. */
export function writeOutput(path: string | undefined, data: string): void {
  if (path === undefined || path === '-') process.stdout.write(data);
  else writeFileAtomic(path, data);
}
