// STUB from the foundation: the corpus issue replaces this with the real reader
// (encodings, streaming, `=== ` documents, normalization, clause splitting).
import type { Sentence } from '../types.ts';

export interface ReadOptions {
  /** Force an input encoding instead of detecting it. */
  encoding?: string;
}

/** Splits an in-memory text into clauses (for small inputs such as one side of a bitext). */
export function sentencesFromText(text: string, file: string, docId = file): Sentence[] {
  const out: Sentence[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const clause of lineText.split(/[，。！？；：、,.!?;:]/)) {
      if (clause.trim()) out.push({ docId, file, line: i + 1, text: clause, norm: clause.replace(/[“”‘’"《》「」『』]/g, '') });
    }
  });
  return out;
}

/** Streams the clauses of files, directories (recursively: .txt, .md) and `-` (stdin). */
export async function* readSentences(paths: string[], _options: ReadOptions = {}): AsyncGenerator<Sentence> {
  const { readFileSync } = await import('node:fs');
  for (const path of paths) yield* sentencesFromText(readFileSync(path, 'utf8'), path);
}
