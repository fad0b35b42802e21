// The I/O edge of the glossary: finds the files of a path, decodes them and hands each to the reader for its format.
// Problems are collected, not thrown, so that lint can list every one; loadGlossary stops at the first.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readTbxGlossary } from '../export/tbx-read.ts';
import { readXlsxGlossary } from '../export/xlsx.ts';
import { ZhtermError } from '../errors.ts';
import type { GlossaryEntry } from '../types.ts';
import { parseGlossaryJson } from './json.ts';
import type { GlossaryProblem } from './problem.ts';
import { parseCsv, parseTsv, type TableResult } from './table.ts';

export interface GlossarySource {
  /** The files read, in the order their entries appear. */
  files: string[];
  entries: GlossaryEntry[];
  problems: GlossaryProblem[];
}

/** Extensions a glossary file may have, and the reader of each. */
const READERS: Record<string, (data: Buffer, file: string) => TableResult> = {
  '.tsv': (data, file) => decoded(data, file, parseTsv),
  '.csv': (data, file) => decoded(data, file, parseCsv),
  '.json': (data, file) => decoded(data, file, parseGlossaryJson),
  '.xlsx': (data, file) => foreign(file, () => readXlsxGlossary(new Uint8Array(data), file)),
  '.tbx': (data, file) => decoded(data, file, tbx),
  '.xml': (data, file) => decoded(data, file, tbx),
};

export const GLOSSARY_EXTENSIONS = Object.keys(READERS);

/**
 * Reads a directory (its .tsv files, sorted by name: the project glossary) or one file of any importable format.
 * A path that does not exist or cannot be read is a ZhtermError: there is nothing to lint.
 */
export function readGlossarySource(path: string): GlossarySource {
  const stat = statOrThrow(path);
  const files = stat.isDirectory()
    ? readdirSync(path).filter(isGlossaryFileName).sort().map((name) => join(path, name))
    : [path];
  if (stat.isDirectory() && files.length === 0) throw new ZhtermError(`${path}: no .tsv glossary files in this directory`);
  const source: GlossarySource = { files, entries: [], problems: [] };
  for (const file of files) {
    const reader = READERS[extname(file).toLowerCase()];
    if (!reader) {
      throw new ZhtermError(`${file}: not a glossary file (expected ${GLOSSARY_EXTENSIONS.join(', ')} or a directory of .tsv files)`);
    }
    const { entries, problems } = reader(readOrThrow(file), file);
    source.entries.push(...entries);
    source.problems.push(...problems);
  }
  return source;
}

/** A .tsv that is not hidden and not an editor's lock file (Excel writes ~$name beside an open file). */
function isGlossaryFileName(name: string): boolean {
  return extname(name).toLowerCase() === '.tsv' && !name.startsWith('.') && !name.startsWith('~$');
}

function statOrThrow(path: string) {
  try {
    return statSync(path);
  } catch {
    throw new ZhtermError(`${path}: no such file or directory`);
  }
}

function readOrThrow(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (err) {
    throw new ZhtermError(`${file}: cannot read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** Decodes UTF-8 (or UTF-16 with a byte-order mark, as Excel's "Unicode Text" saves) and parses the text. */
function decoded(data: Buffer, file: string, parse: (text: string, file: string) => TableResult): TableResult {
  const text = decodeText(data);
  if (typeof text === 'string') return parse(text, file);
  return { entries: [], problems: [{ file, ...text, rule: 'encoding', severity: 'error' }] };
}

/** The text, or where and why it is not UTF-8. */
export function decodeText(data: Buffer): string | { line: number; message: string } {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data.subarray(2));
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Find the first line that does not decode, so the message can point at it.
    let start = 0;
    let line = 1;
    for (;;) {
      const end = data.indexOf(0x0a, start);
      const slice = data.subarray(start, end === -1 ? data.length : end);
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice);
      } catch {
        break;
      }
      if (end === -1) break;
      start = end + 1;
      line++;
    }
    return { line, message: 'not valid UTF-8 (a GB18030 or Big5 file? convert it first, e.g. iconv -f GB18030 -t UTF-8)' };
  }
}

/** Runs a reader owned by another module; its ZhtermError (malformed XML, bad sheet) becomes a problem. */
function foreign(file: string, read: () => GlossaryEntry[]): TableResult {
  try {
    const entries = read().map((entry, i) => ({ ...entry, origin: entry.origin ?? { file, line: i + 1 } }));
    return { entries, problems: [] };
  } catch (err) {
    if (!(err instanceof ZhtermError)) throw err;
    const message = err.message.replace(/^[^:]+(:\d+)?: /, '');
    return { entries: [], problems: [{ file, line: err.line, rule: 'syntax', severity: 'error', message }] };
  }
}

/**
 * TBX through the export stage's reader, which keeps only concepts with both a Chinese and an English term (a build's
 * TBX also holds untranslated candidates). The concepts it leaves out are counted in a warning, so none vanish unsaid.
 */
function tbx(text: string, file: string): TableResult {
  let skipped = 0;
  let concepts = 0;
  let unknown: string[] = [];
  const result = foreign(file, () => {
    const read = readTbxGlossary(text, file);
    ({ skipped, concepts } = read);
    unknown = read.unknownStatuses;
    return read.entries;
  });
  if (unknown.length > 0) {
    const values = unknown.map((v) => `"${v}"`).join(', ');
    result.problems.push({ file, rule: 'unknown-status', severity: 'warning', message: `status ${values} is not preferred, admitted or deprecated: read as no status` });
  }
  if (skipped > 0) {
    const message = `${skipped} of ${concepts} concepts have no Chinese or no English term (or only deprecated ones) and are not glossary entries: left out`;
    result.problems.push({ file, rule: 'skipped-concepts', severity: 'warning', message });
  }
  return result;
}
