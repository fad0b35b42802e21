// The one entry point for every command that takes a glossary (`--glossary PATH`): build, extract, check, glossary.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inputError } from '../errors.ts';
import type { GlossaryEntry } from '../types.ts';
import type { GlossaryProblem } from './problem.ts';
import { readGlossarySource } from './read.ts';

export interface LoadOptions {
  /** Called with each warning (a TBX concept without an English term left out …); default: none. */
  onWarning?: (warning: GlossaryProblem) => void;
}

/**
 * Loads a glossary: the project folder format (a directory of .tsv files, see docs/glossary.md) or any importable
 * file (.tsv, .csv, .xlsx, .tbx/.xml, .json). A malformed line throws a ZhtermError naming file:line; nothing is
 * silently dropped. Each entry records its origin {file, line}.
 */
export function loadGlossary(path: string, options: LoadOptions = {}): GlossaryEntry[] {
  const { entries, problems } = readGlossarySource(path);
  for (const warning of problems.filter((p) => p.severity === 'warning')) options.onWarning?.(warning);
  const first = problems.find((p) => p.severity === 'error');
  if (first) {
    const errors = problems.filter((p) => p.severity === 'error').length;
    const more = errors > 1 ? ` (and ${errors - 1} more: run zhterm glossary lint ${path})` : '';
    throw inputError(first.file, first.line, `${first.message}${more}`);
  }
  return entries;
}

/** The project glossary: ./glossary when the current directory has one, else the one shipped with zhterm. */
export function defaultGlossaryPath(): string {
  return existsSync('glossary') ? 'glossary' : fileURLToPath(new URL('../../glossary', import.meta.url));
}
