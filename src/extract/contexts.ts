// The second pass: for the ranked candidates only, find the first location, up to 3 contexts and the
// surface forms seen. Counting keeps no text, so this works the same for one run and for merged shards.
// Matching probes each clause position whose first two characters open a candidate, at that candidate's
// lengths, in a Map: cheaper than a generic Aho–Corasick automaton for thousands of short patterns.
import type { Candidate, Context, Location, Sentence } from '../types.ts';
import { CLOSING_MARKS, OPENING_MARKS } from '../corpus/marks.ts';
import { surfaceForm, textOffset } from '../corpus/normalize.ts';

export interface ContextOptions {
  /** Contexts kept per candidate (default 3). */
  maxContexts?: number;
  /**
   * Collect first location, contexts and forms for the best N candidates only (default: `top` when given,
   * else 1000). The others keep no contexts, an empty first location (file '', line 0) and their term as
   * only form: on a large corpus there are 100,000s of candidates and finding all of them was the largest
   * share of extraction time (docs/scale.md).
   */
  contextsFor?: number;
  /** How many candidates are kept; `contextsFor` defaults to it. */
  top?: number;
}

/** The default number of candidates that get contexts when neither `contextsFor` nor `top` is given. */
export const DEFAULT_CONTEXTS_FOR = 1000;

/** How many of the best candidates get contexts under `options`. */
export function contextsLimit(options: ContextOptions): number {
  return options.contextsFor ?? options.top ?? DEFAULT_CONTEXTS_FOR;
}

interface Seen {
  forms: Map<string, number>;
  first?: Location;
  contexts: Context[];
}

/**
 * What a collector found for one candidate in one part of the corpus. Parts collected apart (on worker
 * threads) and added in corpus order give exactly what one collector over the whole corpus gives.
 */
export interface FoundContexts {
  /** Position of the candidate in the list the collector was made with. */
  index: number;
  first: Location;
  contexts: Context[];
  forms: [string, number][];
}

/** The two UTF-16 units of `text` at `i` as one number: a key without a new string per clause position. */
function prefixKey(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/**
 * Marks text[s, e) 【like this】. A quotation opened or closed inside the term is marked whole, so the mark never
 * splits a pair of quotation marks: 【共建“一带一路”】, not 【共建“一带一路】”.
 */
export function markContext(text: string, s: number, e: number): string {
  const inside = text.slice(s, e);
  const opened = [...inside].filter((ch) => OPENING_MARKS.has(ch)).length;
  const closed = [...inside].filter((ch) => CLOSING_MARKS.has(ch)).length;
  if (opened > closed && CLOSING_MARKS.has(text[e] ?? '')) e++;
  if (closed > opened && OPENING_MARKS.has(text[s - 1] ?? '')) s--;
  return `${text.slice(0, s)}【${text.slice(s, e)}】${text.slice(e)}`;
}

/**
 * Collects locations, contexts and forms sentence by sentence for the first `contextsLimit(options)`
 * candidates (the rest are left as ranking made them); call finish() at the end.
 */
export class ContextCollector {
  private readonly index = new Map<string, number>();
  /** Lengths of the candidates by their first two UTF-16 units (prefixKey): a clause is probed only where one can match. */
  private readonly lengthsByPrefix = new Map<number, number[]>();
  private readonly seen: Seen[];
  private readonly maxContexts: number;
  /** Candidates that still lack contexts: the pass can stop when none is left. */
  private wanting: number;

  constructor(private readonly candidates: Candidate[], options: ContextOptions = {}) {
    this.maxContexts = options.maxContexts ?? 3;
    const wanted = candidates.slice(0, contextsLimit(options));
    this.seen = wanted.map(() => ({ forms: new Map(), contexts: [] }));
    wanted.forEach((c, i) => this.index.set(c.term, i));
    for (const c of wanted) {
      const key = prefixKey(c.term, 0);
      const lengths = this.lengthsByPrefix.get(key) ?? [];
      if (!lengths.includes(c.term.length)) lengths.push(c.term.length);
      this.lengthsByPrefix.set(key, lengths);
    }
    this.wanting = wanted.length;
  }

  /** True when every candidate has its first location and all the contexts it may keep. */
  get complete(): boolean {
    return this.wanting === 0;
  }

  add(sentence: Sentence): void {
    const { norm } = sentence;
    for (let start = 0; start + 1 < norm.length; start++) {
      const lengths = this.lengthsByPrefix.get(prefixKey(norm, start));
      if (lengths === undefined) continue;
      for (const len of lengths) {
        if (start + len > norm.length) continue;
        const i = this.index.get(norm.slice(start, start + len));
        if (i !== undefined) this.hit(i, sentence, start, start + len);
      }
    }
  }

  private hit(i: number, sentence: Sentence, start: number, end: number): void {
    const seen = this.seen[i];
    seen.first ??= { file: sentence.file, line: sentence.line };
    // when the clause had no marks and no traditional characters, offsets and form are those of norm
    const plain = sentence.text === sentence.norm;
    const form = plain ? this.candidates[i].term : surfaceForm(sentence, start, end);
    seen.forms.set(form, (seen.forms.get(form) ?? 0) + 1);
    if (seen.contexts.length < this.maxContexts && !seen.contexts.some((x) => x.file === sentence.file && x.line === sentence.line)) {
      const s = plain ? start : textOffset(sentence, start);
      const e = plain ? end : textOffset(sentence, end - 1) + 1;
      this.addContext(seen, { file: sentence.file, line: sentence.line, text: markContext(sentence.text, s, e) });
    }
  }

  private addContext(seen: Seen, context: Context): void {
    seen.contexts.push(context);
    if (seen.contexts.length === this.maxContexts) this.wanting--;
  }

  /** What was found so far, for the candidates seen at least once (to be added to another collector). */
  found(): FoundContexts[] {
    const out: FoundContexts[] = [];
    this.seen.forEach((seen, index) => {
      if (seen.first) out.push({ index, first: seen.first, contexts: seen.contexts, forms: [...seen.forms] });
    });
    return out;
  }

  /** Adds what another collector found in the part of the corpus that follows what this one has seen. */
  addFound(found: FoundContexts[]): void {
    for (const { index, first, contexts, forms } of found) {
      const seen = this.seen[index];
      seen.first ??= first;
      // one line never spans two parts, so contexts of different parts never repeat a line
      for (const context of contexts) if (seen.contexts.length < this.maxContexts) this.addContext(seen, context);
      for (const [form, n] of forms) seen.forms.set(form, (seen.forms.get(form) ?? 0) + n);
    }
  }

  /** The candidates, forms sorted most frequent first (the simplified term when nothing was seen). */
  finish(): Candidate[] {
    this.seen.forEach((seen, i) => {
      const c = this.candidates[i];
      if (seen.first) {
        c.first = seen.first;
        c.contexts = seen.contexts;
      }
      const forms = [...seen.forms].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
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
