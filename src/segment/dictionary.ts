// General-Chinese word frequencies from jieba's dictionary: the reference against which
// termhood is measured. Loaded once, on first use (≈350k lines, ≈150 ms).
import { readFileSync } from 'node:fs';
import { JIEBA_DICT_PATH } from './jieba.ts';

export interface GeneralFrequencies {
  /** Dictionary frequency of a word; 0 when the dictionary does not list it. */
  freq(word: string): number;
  /** Part-of-speech tag of a word (ICTCLAS tags: n, v, a, d, ns, i …); '' when not listed. */
  tag(word: string): string;
  /** Sum of all frequencies in the dictionary. */
  total: number;
  /** Number of words listed. */
  size: number;
}

let cached: GeneralFrequencies | undefined;

/** Parses `word freq [tag]` lines (a hand-written loop: the 350k-line dictionary loads in a fraction of a second). */
export function parseDictionary(text: string): GeneralFrequencies {
  const map = new Map<string, number>();
  const tags = new Map<string, string>();
  let total = 0;
  for (let pos = 0; pos < text.length; ) {
    let eol = text.indexOf('\n', pos);
    if (eol < 0) eol = text.length;
    const a = text.indexOf(' ', pos);
    if (a > pos && a < eol) {
      let b = text.indexOf(' ', a + 1);
      if (b < 0 || b > eol) b = -1;
      const f = Number(text.slice(a + 1, b < 0 ? eol : b));
      if (Number.isFinite(f)) {
        const word = text.slice(pos, a);
        const had = map.get(word);
        map.set(word, (had ?? 0) + f);
        total += f;
        if (b > 0 && had === undefined) tags.set(word, text.slice(b + 1, eol).trim());
      }
    }
    pos = eol + 1;
  }
  return { freq: (w) => map.get(w) ?? 0, tag: (w) => tags.get(w) ?? '', total, size: map.size };
}

/** jieba's dictionary frequencies, read lazily and kept for the life of the process. */
export function generalFrequencies(): GeneralFrequencies {
  cached ??= parseDictionary(readFileSync(JIEBA_DICT_PATH, 'utf8'));
  return cached;
}
