// Documents inside a file, and the clauses of each line.
// A file is a document; in the shared news and speech corpora a `=== ` header line
// (`=== 20200101 #1 标题`, `=== 2020-05-19 #0`) starts a new one.
import type { Document, Sentence } from '../types.ts';
import { clauseSpans } from './clauses.ts';
import { foldClause, toSimplified } from './normalize.ts';

const HEADER = '=== ';
/** Leading date and `#n` fields of a header: what is left is the title. */
const HEADER_FIELDS = /^(?:[\d年月日./-]+\s+)?(?:#\d+\s*)?/;

/** The title of a `=== ` header line ('' when it has none), or undefined when the line is not a header. */
export function headerTitle(line: string): string | undefined {
  if (!line.startsWith(HEADER)) return undefined;
  const rest = line.slice(HEADER.length).trim();
  return rest.replace(HEADER_FIELDS, '').trim();
}

/**
 * Follows the document a line belongs to. Content before the first header belongs to the document
 * `baseId`; a header at line L starts document `${baseId}:${L}` whose title is read as its first line.
 */
export class DocumentTracker {
  docId: string;
  private announced = false;

  constructor(
    private readonly baseId: string,
    private readonly path: string,
    private readonly onDocument?: (doc: Document) => void,
  ) {
    this.docId = baseId;
  }

  /** Returns the text of `raw` to cut into clauses: the line itself, or the title of a header. */
  take(raw: string, line: number): string {
    const title = headerTitle(raw);
    if (title === undefined) {
      if (!this.announced && raw.trim() !== '') this.announce(undefined);
      return raw;
    }
    this.docId = `${this.baseId}:${line}`;
    this.announced = false;
    this.announce(title || undefined);
    return title;
  }

  private announce(title: string | undefined): void {
    this.announced = true;
    this.onDocument?.(title === undefined ? { id: this.docId, path: this.path } : { id: this.docId, path: this.path, title });
  }
}

/** Appends the clauses of one line to `out`: NFKC, clause split, simplified and unmarked `norm`. */
export function pushLineSentences(raw: string, file: string, line: number, docId: string, out: Sentence[]): void {
  if (raw === '') return;
  const text = raw.normalize('NFKC');
  const simplified = toSimplified(text);
  for (const [s, e] of clauseSpans(text)) {
    const clause = text.slice(s, e);
    const { norm, quoted } = foldClause(clause, simplified.slice(s, e));
    if (norm.trim() === '') continue;
    out.push(quoted.length > 0 ? { docId, file, line, text: clause, norm, quoted } : { docId, file, line, text: clause, norm });
  }
}
