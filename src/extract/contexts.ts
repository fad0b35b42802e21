// The second pass: for the ranked candidates only, find the first location, up to 3 contexts and the
// surface forms seen. Counting keeps no text, so this works the same for one run and for merged shards.
import AhoCorasick from 'modern-ahocorasick';
import type { Candidate, Sentence } from '../types.ts';
import { surfaceForm, textOffset } from '../corpus/normalize.ts';

export interface ContextOptions {
  /** Contexts kept per candidate (default 3). */
  maxContexts?: number;
}

interface Seen {
  forms: Map<string, number>;
  seenFirst: boolean;
}

/** Marks text[s, e) 【like this】. */
export function markContext(text: string, s: number, e: number): string {
  return `${text.slice(0, s)}【${text.slice(s, e)}】${text.slice(e)}`;
}

/** Collects locations, contexts and forms sentence by sentence; call finish() at the end. */
export class ContextCollector {
  private readonly matcher: AhoCorasick<number> | undefined;
  private readonly seen: Seen[];
  private readonly maxContexts: number;

  constructor(private readonly candidates: Candidate[], options: ContextOptions = {}) {
    this.maxContexts = options.maxContexts ?? 3;
    this.seen = candidates.map(() => ({ forms: new Map(), seenFirst: false }));
    this.matcher = candidates.length ? new AhoCorasick(candidates.map((c, i) => ({ pattern: c.term, data: i }))) : undefined;
  }

  add(sentence: Sentence): void {
    if (!this.matcher) return;
    for (const m of this.matcher.iterate(sentence.norm)) {
      const i = m.data as number;
      const c = this.candidates[i];
      const seen = this.seen[i];
      if (!seen.seenFirst) {
        seen.seenFirst = true;
        c.first = { file: sentence.file, line: sentence.line };
        c.contexts = [];
      }
      const form = surfaceForm(sentence, m.start, m.end);
      seen.forms.set(form, (seen.forms.get(form) ?? 0) + 1);
      if (c.contexts.length < this.maxContexts && !c.contexts.some((x) => x.file === sentence.file && x.line === sentence.line)) {
        const s = textOffset(sentence, m.start);
        const e = textOffset(sentence, m.end - 1) + 1;
        c.contexts.push({ file: sentence.file, line: sentence.line, text: markContext(sentence.text, s, e) });
      }
    }
  }

  /** The candidates, forms sorted most frequent first (the simplified term when nothing was seen). */
  finish(): Candidate[] {
    this.candidates.forEach((c, i) => {
      const forms = [...this.seen[i].forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
      c.forms = forms.length ? forms : [c.term];
    });
    return this.candidates;
  }
}

/** Fills first, contexts and forms of `candidates` from sentences in memory. */
export function attachContexts(candidates: Candidate[], sentences: Iterable<Sentence>, options: ContextOptions = {}): Candidate[] {
  const collector = new ContextCollector(candidates, options);
  for (const s of sentences) collector.add(s);
  return collector.finish();
}
