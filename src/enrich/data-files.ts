// Where the enrich stage finds the data it ships (resources/lexicons, resources/enrich), and one reader for both
// plain and gzipped files. Every table is read lazily, once, by the module that owns it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const DATA_DIR = fileURLToPath(new URL('../../resources/', import.meta.url));

/** Absolute path of a file under the repository's resources/ directory. */
export function dataPath(relative: string): string {
  return DATA_DIR + relative;
}

/** Reads a UTF-8 data file, gunzipping it when its name ends in .gz. */
export function readDataFile(relative: string): string {
  const bytes = readFileSync(dataPath(relative));
  return (relative.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/** Data lines of a table file: `#` comments and blank lines dropped, fields split on tabs. */
export function tableRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    rows.push(line.replace(/\r$/, '').split('\t'));
  }
  return rows;
}

/** Memoises a loader: the table is built on first use and shared afterwards. */
export function once<T>(load: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= load());
}
