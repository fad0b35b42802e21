// Option parsers shared by the commands.
import { InvalidArgumentError } from 'commander';

/** commander parser for options such as --top N: a whole number ≥ 1, else a usage error (exit 2). */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}
