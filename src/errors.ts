// One error type for everything a user can cause (bad input, bad options, unwritable output).
// The CLI prints its message on one line and exits with its code; any other exception is a bug.

/** Exit codes, documented in README: 0 clean, 1 findings, 2 bad input or usage. */
export const EXIT = { ok: 0, findings: 1, badInput: 2, internal: 3 } as const;

export class ZhtermError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.badInput,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(message);
    this.name = 'ZhtermError';
  }
}

/** A problem in an input file: the message reads `file:line: reason`. */
export function inputError(file: string, line: number | undefined, reason: string): ZhtermError {
  const place = line === undefined ? file : `${file}:${line}`;
  return new ZhtermError(`${place}: ${reason}`, EXIT.badInput, file, line);
}
