// Option parsers shared by the commands.
import { InvalidArgumentError } from 'commander';
import { extname } from 'node:path';

/** The format a file name's extension names, if it is one of `formats` (report.xlsx → xlsx). */
export function formatOfFileName<F extends string>(file: string | undefined, formats: readonly F[]): F | undefined {
  const ext = file === undefined ? '' : extname(file).slice(1).toLowerCase();
  return (formats as readonly string[]).includes(ext) ? (ext as F) : undefined;
}

/** commander parser for options such as --top N: a whole number ≥ 1, else a usage error (exit 2). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}
