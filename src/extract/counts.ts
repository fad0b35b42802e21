// The counting core: a mergeable record of word n-gram statistics over a corpus.
// Counts from shards merge into the same numbers as one run over everything (as long as nothing was
// pruned); ranking (rank.ts) reads only these numbers, so it gives the same list either way.
import type { Sentence } from '../types.ts';
import { ZhtermError } from '../errors.ts';
import { segmentRuns } from '../segment/index.ts';
import { COLUMNS, HASH_SEED, NgramTable, hashIds, mixHash, type Column } from './ngram-table.ts';
import { ShortWordIds } from './short-word-ids.ts';

export interface CountOptions {
  /** Longest candidate in words (default 8). One word more is counted, for the neighbours of the longest. */
  maxTokens?: number;
  /** Longest candidate in characters (default 16). */
  maxChars?: number;
  /**
   * Distinct n-grams held before rare ones are pruned (default 4,000,000 ≈ 250 MB). Pruning drops
   * n-grams seen fewer than 2 (then 3, 4 …) times until half the room is free; see docs/extract.md.
   */
  maxEntries?: number;
}

const DEFAULTS: Required<CountOptions> = { maxTokens: 8, maxChars: 16, maxEntries: 4_000_000 };

/** The table budget that `createCounts(options)` would give, without making the counts. */
export function maxEntriesOf(options: CountOptions): number {
  return options.maxEntries ?? DEFAULTS.maxEntries;
}

export interface Counts {
  readonly maxTokens: number;
  readonly maxChars: number;
  maxEntries: number;
  /** Word of each token id. */
  vocab: string[];
  vocabIndex: Map<string, number>;
  /** Ids of the one- and two-character words by their char codes: tokenId finds most tokens here, no string hashed. */
  shortIds: ShortWordIds;
  /** n-grams of 1 … maxTokens + 1 words, with count, docFreq, clause-edge and quoted counters. */
  table: NgramTable;
  /** Word tokens counted. */
  tokens: number;
  sentences: number;
  documents: number;
  /** n-grams seen fewer times than this may have been dropped (1: counts are exact). */
  pruneFloor: number;
  /** docId of the last sentence added (documents arrive one after another). */
  lastDocId?: string;
}

export function createCounts(options: CountOptions = {}): Counts {
  const o = { ...DEFAULTS };
  for (const [k, v] of Object.entries(options)) if (v !== undefined) Object.assign(o, { [k]: v });
  if (o.maxTokens < 1 || o.maxTokens > 254) throw new ZhtermError(`maxTokens must be between 1 and 254, not ${o.maxTokens}`);
  return {
    maxTokens: o.maxTokens,
    maxChars: o.maxChars,
    maxEntries: o.maxEntries,
    vocab: [],
    vocabIndex: new Map(),
    shortIds: new ShortWordIds(),
    table: new NgramTable(),
    tokens: 0,
    sentences: 0,
    documents: 0,
    pruneFloor: 1,
  };
}

export function tokenId(counts: Counts, word: string): number {
  // most tokens have one or two characters: found by their char codes, without hashing a new string
  const short = counts.shortIds.get(word);
  if (short >= 0) return short;
  let id = counts.vocabIndex.get(word);
  if (id === undefined) {
    id = counts.vocab.length;
    counts.vocab.push(word);
    counts.vocabIndex.set(word, id);
  }
  counts.shortIds.set(word, id); // (longer words are not kept there)
  return id;
}

let scratchIds = new Int32Array(256);
let scratchLens = new Int32Array(256);

/** Counts the word n-grams of one clause. Sentences of one document must arrive together. */
export function addSentence(counts: Counts, sentence: Sentence): void {
  if (sentence.docId !== counts.lastDocId) {
    counts.documents++;
    counts.lastDocId = sentence.docId;
  }
  counts.sentences++;
  const quoted = sentence.quoted ?? [];
  const runs = segmentRuns(sentence.norm, quoted.flat());
  for (const run of runs) {
    const n = run.words.length;
    if (scratchIds.length < n) {
      scratchIds = new Int32Array(n * 2);
      scratchLens = new Int32Array(n * 2);
    }
    for (let i = 0; i < n; i++) {
      scratchIds[i] = tokenId(counts, run.words[i]);
      scratchLens[i] = run.words[i].length;
    }
    countRun(counts, scratchIds, scratchLens, n);
    for (const [qs, qe] of quoted) {
      countQuoted(counts, run.starts, run.words, scratchIds, qs, qe);
      countCrossing(counts, run.starts, scratchIds, scratchLens, n, qs, qe);
    }
  }
  if (counts.table.size > counts.maxEntries) pruneToFit(counts);
}

function countRun(counts: Counts, ids: Int32Array, lens: Int32Array, n: number): void {
  const { table, maxTokens, maxChars } = counts;
  const doc = counts.documents;
  counts.tokens += n;
  for (let i = 0; i < n; i++) {
    let h = HASH_SEED;
    let chars = 0;
    for (let len = 1; len <= maxTokens + 1 && i + len <= n; len++) {
      const last = lens[i + len - 1];
      // count w1…wn when w1…wn-1 or w2…wn could be a candidate: their neighbours are counted this way
      if (len > 1 && Math.min(chars, chars + last - lens[i]) > maxChars) break;
      chars += last;
      h = mixHash(h, ids[i + len - 1]);
      const e = table.intern(ids, i, len, h);
      table.count[e]++;
      if (table.lastDoc[e] !== doc) {
        table.lastDoc[e] = doc;
        table.docFreq[e]++;
      }
      if (i === 0) table.leftEdge[e]++;
      if (i + len === n) table.rightEdge[e]++;
    }
  }
}

/** A quoted span that starts and ends on word edges inside this run marks its n-gram as quoted once. */
function countQuoted(counts: Counts, starts: number[], words: string[], ids: Int32Array, qs: number, qe: number): void {
  const i = starts.indexOf(qs);
  if (i < 0) return;
  for (let j = i; j < words.length && j - i < counts.maxTokens; j++) {
    const end = starts[j] + words[j].length;
    if (end > qe) return;
    if (end === qe) {
      const e = counts.table.find(ids, i, j - i + 1, hashIds(ids, i, j - i + 1));
      if (e >= 0) counts.table.quoted[e]++;
      return;
    }
  }
}

/**
 * The n-grams of this run that cross an edge of the quotation [qs, qe): they begin before it and end inside it
 * (搞“疫苗 in 搞“疫苗民族主义”), or begin inside it and end after it (带一路”建设). One that holds the whole quotation
 * (共建“一带一路”) or lies inside it crosses nothing. Quotation edges are word edges (segmentRuns cuts there).
 */
function countCrossing(counts: Counts, starts: number[], ids: Int32Array, lens: Int32Array, n: number, qs: number, qe: number): void {
  if (n === 0) return;
  // word index where the quotation opens and where it closes (the first word after it, n at the run's end)
  let open = -1;
  let close = qe === starts[n - 1]! + lens[n - 1]! ? n : -1;
  for (let k = 0; k < n; k++) {
    if (starts[k] === qs) open = k;
    if (starts[k] === qe) close = k;
  }
  const opensBefore = open === -1 && starts[0]! > qs && starts[0]! < qe;
  const longest = counts.maxTokens + 1;
  const bump = (i: number, j: number) => {
    const e = counts.table.find(ids, i, j - i, hashIds(ids, i, j - i));
    if (e >= 0) counts.table.crossing[e]++;
  };
  // begin before the opening mark, end inside: [i, j) with i < open < j < close (or the run's end)
  if (open > 0) {
    const insideEnd = close === -1 ? n + 1 : close;
    for (let i = Math.max(0, open - longest + 1); i < open; i++) {
      for (let j = open + 1; j < insideEnd && j - i <= longest; j++) bump(i, j);
    }
  }
  // begin inside, end after the closing mark: [i, j) with open < i < close < j
  if (close > 0 && (open !== -1 || opensBefore)) {
    for (let i = open === -1 ? 0 : open + 1; i < close; i++) {
      for (let j = close + 1; j <= n && j - i <= longest; j++) bump(i, j);
    }
  }
}

/** Drops n-grams seen fewer than `minCount` times (exact counts stay exact for what is kept). */
export function pruneCounts(counts: Counts, minCount: number): void {
  if (minCount <= 1) return;
  const { table } = counts;
  table.retain((e) => table.count[e] >= minCount);
  counts.pruneFloor = Math.max(counts.pruneFloor, minCount);
}

/**
 * Before ranking: a table that has pruned and grown past half its budget since is pruned again, as addSentence
 * does at the cap. Its counts under the floor are estimates anyway, and ranking's time and memory grow with the
 * entries it scores. Exact counts (never pruned) are left alone.
 */
export function pruneForRanking(counts: Counts): void {
  if (counts.pruneFloor > 1 && counts.table.size > counts.maxEntries / 2) pruneToFit(counts);
}

function pruneToFit(counts: Counts): void {
  let floor = Math.max(2, counts.pruneFloor);
  pruneCounts(counts, floor);
  while (counts.table.size > counts.maxEntries / 2) pruneCounts(counts, ++floor);
}

/** Adds the counts of `from` (another shard, other documents) into `into`. */
export function mergeCounts(into: Counts, from: Counts): void {
  if (into.maxTokens !== from.maxTokens || into.maxChars !== from.maxChars) {
    throw new ZhtermError(
      `cannot merge counts made with different limits: n-grams of up to ${from.maxTokens} words and ${from.maxChars} characters here, ${into.maxTokens} and ${into.maxChars} before (count every shard with the same --max-len)`,
    );
  }
  const remap = new Int32Array(from.vocab.length);
  from.vocab.forEach((word, id) => (remap[id] = tokenId(into, word)));
  const src = from.table;
  const ids = new Int32Array(from.maxTokens + 1);
  for (let e = 0; e < src.size; e++) {
    const n = src.len[e];
    const p = src.start[e];
    for (let k = 0; k < n; k++) ids[k] = remap[src.pool[p + k]];
    const f = into.table.intern(ids, 0, n, hashIds(ids, 0, n));
    for (const c of COLUMNS) into.table[c][f] += src[c][e];
  }
  into.tokens += from.tokens;
  into.sentences += from.sentences;
  into.documents += from.documents;
  into.pruneFloor = Math.max(into.pruneFloor, from.pruneFloor);
  into.lastDocId = undefined;
  if (into.table.size > into.maxEntries) pruneToFit(into);
}

/** Entry of a word sequence given as token ids, or -1. */
export function findNgram(counts: Counts, ids: ArrayLike<number>, from = 0, n = ids.length - from): number {
  return counts.table.find(ids, from, n, hashIds(ids, from, n));
}

/** Entry of a word sequence given as words, or -1 (for tests and look-ups, not for hot loops). */
export function lookup(counts: Counts, words: string[]): number {
  const ids = words.map((w) => counts.vocabIndex.get(w) ?? -1);
  return ids.includes(-1) ? -1 : findNgram(counts, ids);
}

// Serialized layout (little-endian): "ZHTC", u32 version, u32 metaBytes, meta JSON (padded to 4),
// then Int32 columns: size, poolUsed, pool[poolUsed], len[size], one array per COLUMNS entry.
const MAGIC = 0x4354485a; // "ZHTC"
const VERSION = 2;

interface Meta {
  maxTokens: number;
  maxChars: number;
  tokens: number;
  sentences: number;
  documents: number;
  pruneFloor: number;
  vocab: string[];
}

export function serializeCounts(counts: Counts): Uint8Array {
  const t = counts.table;
  const meta: Meta = {
    maxTokens: counts.maxTokens,
    maxChars: counts.maxChars,
    tokens: counts.tokens,
    sentences: counts.sentences,
    documents: counts.documents,
    pruneFloor: counts.pruneFloor,
    vocab: counts.vocab,
  };
  const json = new TextEncoder().encode(JSON.stringify(meta));
  const metaWords = Math.ceil(json.length / 4);
  const words = 3 + metaWords + 2 + t.poolUsed + t.size * (1 + COLUMNS.length);
  const out = new Int32Array(words);
  out[0] = MAGIC;
  out[1] = VERSION;
  out[2] = json.length;
  new Uint8Array(out.buffer, 12, json.length).set(json);
  let p = 3 + metaWords;
  out[p++] = t.size;
  out[p++] = t.poolUsed;
  out.set(t.pool.subarray(0, t.poolUsed), p);
  p += t.poolUsed;
  for (let e = 0; e < t.size; e++) out[p + e] = t.len[e];
  p += t.size;
  for (const c of COLUMNS) {
    out.set(t[c].subarray(0, t.size), p);
    p += t.size;
  }
  return new Uint8Array(out.buffer);
}

/** Reads what serializeCounts wrote; `source` names the file in errors. */
export function deserializeCounts(bytes: Uint8Array, source = 'counts'): Counts {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  if (aligned.byteLength < 12 || aligned.byteLength % 4 !== 0) throw new ZhtermError(`${source}: not a zhterm counts file`);
  const w = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
  if (w[0] !== MAGIC) throw new ZhtermError(`${source}: not a zhterm counts file`);
  if (w[1] !== VERSION) throw new ZhtermError(`${source}: counts file version ${w[1]}, this zhterm reads version ${VERSION}`);
  try {
    const meta = JSON.parse(new TextDecoder().decode(new Uint8Array(aligned.buffer, aligned.byteOffset + 12, w[2]))) as Meta;
    const counts = createCounts({ maxTokens: meta.maxTokens, maxChars: meta.maxChars });
    Object.assign(counts, { tokens: meta.tokens, sentences: meta.sentences, documents: meta.documents, pruneFloor: meta.pruneFloor });
    meta.vocab.forEach((word) => tokenId(counts, word));
    let p = 3 + Math.ceil(w[2] / 4);
    const size = w[p++];
    const poolUsed = w[p++];
    const pool = w.subarray(p, p + poolUsed);
    const lens = w.subarray(p + poolUsed, p + poolUsed + size);
    p += poolUsed + size;
    let q = 0;
    for (let e = 0; e < size; e++) q += lens[e];
    if (q !== poolUsed || p + COLUMNS.length * size !== w.length) throw new Error('length mismatch');
    const columns = Object.fromEntries(COLUMNS.map((c, k) => [c, w.subarray(p + k * size, p + (k + 1) * size)])) as Record<Column, Int32Array>;
    counts.table = NgramTable.fromColumns(pool, lens, columns);
    return counts;
  } catch (err) {
    if (err instanceof ZhtermError) throw err;
    throw new ZhtermError(`${source}: damaged counts file (${(err as Error).message})`);
  }
}
