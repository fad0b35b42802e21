// Reading a corpus: paths → files → decoded lines → documents → clauses (Sentence records).
//   files.ts      which files (directories recursively, sorted; `-` for stdin)
//   encoding.ts   detection (BOM, UTF-8, GB18030, Big5) and strict streaming decoding
//   lines.ts      chunked reading, lines with exact numbers across chunk boundaries
//   documents.ts  `=== ` sections as documents; the clauses of a line
//   markdown.ts   Markdown markers out of .md lines
//   clauses.ts    where a clause ends
//   normalize.ts  NFKC, traditional → simplified, quotation marks out of `norm`, surface forms back
import type { Document, Sentence } from '../types.ts';
import { NO_PROGRESS, type Progress } from '../io/progress.ts';
import { DocumentTracker, pushLineSentences } from './documents.ts';
import { discoverFiles } from './files.ts';
import { inputName, readLineBatches } from './lines.ts';
import { isMarkdown, stripMarkdown } from './markdown.ts';

export { discoverFiles, STDIN, TEXT_EXTENSIONS, type InputFile } from './files.ts';
export { detectEncoding, checkEncodingName, SAMPLE_BYTES } from './encoding.ts';
export { inputName, readLineBatches, STDIN_NAME, type LineBatch, type LineStreamOptions } from './lines.ts';
export { clauseSpans, splitClauses } from './clauses.ts';
export { headerTitle, DocumentTracker, pushLineSentences } from './documents.ts';
export { foldClause, normalizeText, surfaceForm, textOffset, toSimplified, hasTraditional, type NormalizedClause } from './normalize.ts';

export interface ReadOptions {
  /** Force an input encoding instead of detecting it (default: detect per file). */
  encoding?: string;
  /** Bytes read at a time (default 1 MiB). */
  chunkSize?: number;
  /** Called once per document (file, or `=== ` section) when its first content is read. */
  onDocument?: (doc: Document) => void;
  /** Reports files and bytes read (default: none). */
  progress?: Progress;
  /** Directories left out when walking the given folders (build's output folder). */
  skipDirs?: readonly string[];
}

/** Splits an in-memory text into clauses (for small inputs such as one side of a bitext). */
export function sentencesFromText(text: string, file: string, docId = file): Sentence[] {
  const out: Sentence[] = [];
  const docs = new DocumentTracker(docId, file);
  text.split('\n').forEach((raw, i) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    pushLineSentences(docs.take(line, i + 1), file, i + 1, docs.docId, out);
  });
  return out;
}

/** A file, or the part of one that a worker reads: bytes [start, end), starting at a line start. */
export interface FileRange {
  path: string;
  /** Default 0. */
  start?: number;
  /** Default: end of file. */
  end?: number;
  /** Line number at `start` (default 1). */
  firstLine?: number;
  /** Encoding of the whole file, detected once by whoever cut the range (default: detect, or ReadOptions.encoding). */
  encoding?: string;
}

/**
 * The clauses of one file or file range, one batch per chunk read. A range should start at a document
 * header (`=== `) so that no document is split; its document ids are the same as in a whole-file read.
 */
export async function* readRangeBatches(range: FileRange, options: ReadOptions = {}): AsyncGenerator<Sentence[]> {
  const { path } = range;
  const progress = options.progress ?? NO_PROGRESS;
  const file = inputName(path);
  const docs = new DocumentTracker(file, file, options.onDocument);
  const clean = isMarkdown(path) ? stripMarkdown : (line: string): string => line;
  const batches = readLineBatches(path, {
    encoding: range.encoding ?? options.encoding,
    chunkSize: options.chunkSize,
    start: range.start,
    end: range.end,
    firstLine: range.firstLine,
    onBytes: (n) => progress.advance(n),
  });
  for await (const { firstLine, lines } of batches) {
    const out: Sentence[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = firstLine + i;
      pushLineSentences(docs.take(clean(lines[i]), line), file, line, docs.docId, out);
    }
    if (out.length > 0) yield out;
  }
}

/**
 * Streams the clauses of files, directories (recursively: .txt, .md) and `-` (stdin), one batch per
 * chunk read: the fast path for counting. Throws ZhtermError naming the file for unreadable input.
 */
export async function* readSentenceBatches(paths: string[], options: ReadOptions = {}): AsyncGenerator<Sentence[]> {
  const files = discoverFiles(paths, options.skipDirs);
  const progress = options.progress ?? NO_PROGRESS;
  progress.addTotal(files.length, files.reduce((sum, f) => sum + f.size, 0));
  for (const { path } of files) {
    progress.startFile(path);
    yield* readRangeBatches({ path }, options);
  }
}

/** Streams the clauses of files, directories (recursively: .txt, .md) and `-` (stdin). */
export async function* readSentences(paths: string[], options: ReadOptions = {}): AsyncGenerator<Sentence> {
  for await (const batch of readSentenceBatches(paths, options)) yield* batch;
}
