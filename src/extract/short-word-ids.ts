// The counting loop's word index for one- and two-character words (tokenId in counts.ts).

/**
 * Token ids of words of one or two UTF-16 units, keyed by their char codes: a one-character word indexes an
 * array, a two-character word an open-addressing table of 32-bit keys. Counting looks up every token, and
 * most are this short; a Map keyed by the new string jieba returned would hash that string each time.
 */
export class ShortWordIds {
  private readonly single = new Int32Array(0x10000).fill(-1);
  /** (first unit << 16 | second unit), 0 for an empty slot (no word starts with U+0000). */
  private keys = new Int32Array(1 << 12);
  private ids = new Int32Array(1 << 12);
  /** 32 − log2(slots): a slot is the top bits of the key times the golden ratio (Fibonacci hashing). */
  private shift = 20;
  private used = 0;

  /** The id of a word of one or two units, or -1 when not known (or the word is longer or empty). */
  get(word: string): number {
    if (word.length === 1) return this.single[word.charCodeAt(0)];
    if (word.length !== 2) return -1;
    const key = (word.charCodeAt(0) << 16) | word.charCodeAt(1);
    const mask = this.keys.length - 1;
    for (let s = Math.imul(key, 0x9e3779b1) >>> this.shift; ; s = (s + 1) & mask) {
      if (this.keys[s] === key) return this.ids[s];
      if (this.keys[s] === 0) return -1;
    }
  }

  /** Records the id of a word of one or two units (longer words are ignored). */
  set(word: string, id: number): void {
    if (word.length === 1) this.single[word.charCodeAt(0)] = id;
    else if (word.length === 2 && word.charCodeAt(0) !== 0) this.place((word.charCodeAt(0) << 16) | word.charCodeAt(1), id);
  }

  private place(key: number, id: number): void {
    const mask = this.keys.length - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    while (this.keys[s] !== 0 && this.keys[s] !== key) s = (s + 1) & mask;
    if (this.keys[s] === 0) this.used++;
    this.keys[s] = key;
    this.ids[s] = id;
    if (this.used * 2 > this.keys.length) this.grow();
  }

  private grow(): void {
    const { keys, ids } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.ids = new Int32Array(keys.length * 2);
    this.shift--;
    this.used = 0;
    for (let s = 0; s < keys.length; s++) if (keys[s] !== 0) this.place(keys[s], ids[s]);
  }
}
