// Temporary files for glossary tests: each test writes what it reads, so the expectations sit beside the input.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HEADER = 'zh\ten\ten_admitted\ten_deprecated\tpinyin\tdomain\tnote\tsource';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'zhterm-glossary-'));
}

/** Writes files {name: content} into a new temporary directory and returns its path. */
export function writeFiles(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

/** A TSV file: the header, then one row per array of cells. */
export function tsv(...rows: string[][]): string {
  return [HEADER, ...rows.map((cells) => cells.join('\t'))].join('\n') + '\n';
}
