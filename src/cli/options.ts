// Option parsers shared by the commands.
import { InvalidArgumentError } from 'commander';
import { extname } from 'node:path';
import { ZhtermError } from '../errors.ts';

/** The format a file name's extension names, if it is one of `formats` (report.xlsx → xlsx). */
export function formatOfFileName<F extends string>(file: string | undefined, formats: readonly F[]): F | undefined {
  const ext = file === undefined ? '' : extname(file).slice(1).toLowerCase();
  return (formats as readonly string[]).includes(ext) ? (ext as F) : undefined;
}

/**
 * The format of a text output: --format when given, else the one the -o extension names (terms.json → json), else
 * `fallback` for a name without extension or ending in .txt. Any other extension (terms.xlsx, terms.csv) promises a
 * file this command does not write: an error, before any work is done.
 */
export function textOutputFormat<F extends string>(given: F | undefined, output: string | undefined, formats: readonly F[], fallback: F): F {
  if (given !== undefined) return given;
  const implied = formatOfFileName(output, formats);
  if (implied) return implied;
  const ext = output === undefined || output === '-' ? '' : extname(output).slice(1).toLowerCase();
  if (ext !== '' && ext !== 'txt') {
    throw new ZhtermError(`${output}: cannot write .${ext} here; name it .${formats.filter((f) => f !== 'table').join(' or .')}, or choose --format`);
  }
  return fallback;
}

/** commander parser for options such as --top N: a whole number ≥ 1, else a usage error (exit 2). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}
