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

/** Parses `word freq [tag]` lines. */
export function parseDictionary(text: string): GeneralFrequencies {
  const map = new Map<string, number>();
  const tags = new Map<string, string>();
  let total = 0;
  for (const line of text.split('\n')) {
    const a = line.indexOf(' ');
    if (a <= 0) continue;
    const b = line.indexOf(' ', a + 1);
    const f = Number(line.slice(a + 1, b < 0 ? undefined : b));
    if (!Number.isFinite(f)) continue;
    const word = line.slice(0, a);
    map.set(word, (map.get(word) ?? 0) + f);
    if (b > 0 && !tags.has(word)) tags.set(word, line.slice(b + 1).trim());
    total += f;
  }
  return { freq: (w) => map.get(w) ?? 0, tag: (w) => tags.get(w) ?? '', total, size: map.size };
}

/** jieba's dictionary frequencies, read lazily and kept for the life of the process. */
export function generalFrequencies(): GeneralFrequencies {
  cached ??= parseDictionary(readFileSync(JIEBA_DICT_PATH, 'utf8'));
  return cached;
}
