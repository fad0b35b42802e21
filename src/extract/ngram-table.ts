// A hash table from token-id sequences (n-grams) to counters, kept in typed arrays:
// no object or string per n-gram, so counting 100 MB of text costs tens of bytes per distinct n-gram.
// Open addressing with linear probing; the ids of every entry live in one shared pool.

/** The counters kept per n-gram (one typed-array column each). */
export const COLUMNS = ['count', 'docFreq', 'leftEdge', 'rightEdge', 'quoted', 'crossing'] as const;
export type Column = (typeof COLUMNS)[number];

const EMPTY = -1;

/** Mixes one more token id into a running n-gram hash (FNV-style, 32-bit). */
export function mixHash(h: number, id: number): number {
  h = Math.imul(h ^ id, 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}
export const HASH_SEED = 0x811c9dc5 | 0;

export function hashIds(ids: ArrayLike<number>, from: number, n: number): number {
  let h = HASH_SEED;
  for (let k = 0; k < n; k++) h = mixHash(h, ids[from + k]);
  return h;
}

function grow<T extends Int32Array | Uint8Array | Float64Array>(a: T, size: number): T {
  if (size <= a.length) return a;
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2));
  next.set(a);
  return next;
}

export class NgramTable {
  size = 0;
  /** Token ids of all entries, concatenated; entry e spans pool[start[e], start[e] + len[e]). */
  pool = new Int32Array(1024);
  poolUsed = 0;
  start = new Int32Array(256);
  len = new Uint8Array(256);
  hash = new Int32Array(256);
  count = new Int32Array(256);
  docFreq = new Int32Array(256);
  leftEdge = new Int32Array(256);
  rightEdge = new Int32Array(256);
  quoted = new Int32Array(256);
  /** Occurrences that cross the edge of a quotation (搞“疫苗 in 搞“疫苗民族主义”): evidence of a fragment. */
  crossing = new Int32Array(256);
  /** Last document (ordinal) that counted toward docFreq; transient, not serialized. */
  lastDoc = new Int32Array(256);
  private slots = new Int32Array(1024).fill(EMPTY);
  private mask = 1023;

  /** Entry index of `ids[from, from + n)`, or -1. `h` must be hashIds(ids, from, n). */
  find(ids: ArrayLike<number>, from: number, n: number, h: number): number {
    const { slots, mask } = this;
    for (let s = h & mask; ; s = (s + 1) & mask) {
      const e = slots[s];
      if (e === EMPTY) return -1;
      if (this.hash[e] === h && this.len[e] === n && this.sameIds(e, ids, from, n)) return e;
    }
  }

  /** Entry index of the n-gram, created with zero counters when new. */
  intern(ids: ArrayLike<number>, from: number, n: number, h: number): number {
    const { slots, mask } = this;
    let s = h & mask;
    for (; ; s = (s + 1) & mask) {
      const e = slots[s];
      if (e === EMPTY) break;
      if (this.hash[e] === h && this.len[e] === n && this.sameIds(e, ids, from, n)) return e;
    }
    const e = this.size++;
    this.ensureEntries(this.size);
    this.pool = grow(this.pool, this.poolUsed + n);
    for (let k = 0; k < n; k++) this.pool[this.poolUsed + k] = ids[from + k];
    this.start[e] = this.poolUsed;
    this.poolUsed += n;
    this.len[e] = n;
    this.hash[e] = h;
    this.lastDoc[e] = -1;
    slots[s] = e;
    if (this.size * 2 > mask) this.rehash((mask + 1) * 2);
    return e;
  }

  /**
   * A table of distinct entries given column by column (what serialization wrote): placed in one pass,
   * without the look-ups and the repeated growth of interning them one by one.
   */
  static fromColumns(pool: Int32Array, lens: ArrayLike<number>, columns: Record<Column, ArrayLike<number>>): NgramTable {
    const t = new NgramTable();
    const size = lens.length;
    const room = Math.max(256, size);
    t.size = size;
    t.pool = new Int32Array(Math.max(1024, pool.length));
    t.pool.set(pool);
    t.poolUsed = pool.length;
    t.start = new Int32Array(room);
    t.len = new Uint8Array(room);
    t.hash = new Int32Array(room);
    t.lastDoc = new Int32Array(room).fill(-1);
    for (let e = 0, p = 0; e < size; p += lens[e], e++) {
      t.start[e] = p;
      t.len[e] = lens[e];
      t.hash[e] = hashIds(pool, p, lens[e]);
    }
    for (const c of COLUMNS) {
      t[c] = new Int32Array(room);
      t[c].set(columns[c]);
    }
    let capacity = 1024;
    while (capacity <= size * 2) capacity *= 2;
    t.rehash(capacity);
    return t;
  }

  /** The token ids of entry e (a view into the pool: copy before the table changes). */
  ids(e: number): Int32Array {
    return this.pool.subarray(this.start[e], this.start[e] + this.len[e]);
  }

  /**
   * Keeps only the entries for which keep(e) is true, in place: entries and their ids move down in order
   * (so entry order, and with it every later result, is what interning the kept ones anew would give),
   * then the slots are rebuilt once at the same capacity. Pruning runs this many times on a large corpus:
   * a new table regrown entry by entry cost more than the counting between two prunings.
   */
  retain(keep: (e: number) => boolean): void {
    let kept = 0;
    let poolKept = 0;
    for (let e = 0; e < this.size; e++) {
      if (!keep(e)) continue;
      const p = this.start[e];
      const n = this.len[e];
      for (let k = 0; k < n; k++) this.pool[poolKept + k] = this.pool[p + k];
      this.start[kept] = poolKept;
      this.len[kept] = n;
      this.hash[kept] = this.hash[e];
      this.lastDoc[kept] = this.lastDoc[e];
      for (const c of COLUMNS) this[c][kept] = this[c][e];
      poolKept += n;
      kept++;
    }
    // interning expects the counters of a new entry at zero
    for (const c of COLUMNS) this[c].fill(0, kept, this.size);
    this.size = kept;
    this.poolUsed = poolKept;
    this.rehash(this.mask + 1);
  }

  private sameIds(e: number, ids: ArrayLike<number>, from: number, n: number): boolean {
    const p = this.start[e];
    for (let k = 0; k < n; k++) if (this.pool[p + k] !== ids[from + k]) return false;
    return true;
  }

  private ensureEntries(size: number): void {
    if (size <= this.start.length) return;
    this.start = grow(this.start, size);
    this.len = grow(this.len, size);
    this.hash = grow(this.hash, size);
    this.lastDoc = grow(this.lastDoc, size);
    for (const c of COLUMNS) this[c] = grow(this[c], size);
  }

  private rehash(capacity: number): void {
    const slots = new Int32Array(capacity).fill(EMPTY);
    const mask = capacity - 1;
    for (let e = 0; e < this.size; e++) {
      let s = this.hash[e] & mask;
      while (slots[s] !== EMPTY) s = (s + 1) & mask;
      slots[s] = e;
    }
    this.slots = slots;
    this.mask = mask;
  }
}
