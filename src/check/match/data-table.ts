// The checker's word tables live in resources/check/ (see its README), apart from the code that applies them.
import { readFileSync } from 'node:fs';

/** The lines of resources/check/`file`, with # comments and surrounding space removed, empty lines left out. */
export function readCheckTable(file: string): string[] {
  return readFileSync(new URL(`../../../resources/check/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}
