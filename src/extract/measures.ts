// Measures from the terminology literature, as pure functions of counts.

/**
 * Normalized pointwise mutual information of a two-part split (Bouma 2009): 1 when the parts only ever
 * occur together, 0 when independent, negative when they avoid each other.
 */
export function npmi(fab: number, fa: number, fb: number, total: number): number {
  if (fab <= 0 || fa <= 0 || fb <= 0) return -1;
  const pab = fab / total;
  if (pab >= 1) return 1;
  return Math.log(pab / ((fa / total) * (fb / total))) / -Math.log(pab);
}

/**
 * Branching entropy (nats) of an n-gram's neighbours on one side, from f (its frequency) and
 * sumClogC = Σ c·ln c over the neighbours counted with c ≥ 2. Every other occurrence (a clause edge,
 * a neighbour seen once, a pruned n-gram) is a distinct neighbour and adds nothing to the sum.
 */
export function branchingEntropy(f: number, sumClogC: number): number {
  if (f <= 1) return 0;
  const h = Math.log(f) - sumClogC / f;
  // ln f − f·ln f / f is 0 up to rounding: a single neighbour must give exactly 0
  return h < 1e-9 ? 0 : h;
}

/** Branching entropy relative to its maximum ln f: 1 when every neighbour differs, 0 when one neighbour always. */
export function normalizedEntropy(f: number, sumClogC: number): number {
  return f <= 1 ? 0 : branchingEntropy(f, sumClogC) / Math.log(f);
}

/** Log-ratio of a word's relative frequency in the corpus to that in general Chinese (add-one smoothed). */
export function weirdness(f: number, total: number, generalFreq: number, generalTotal: number): number {
  return Math.log(f / total) - Math.log((generalFreq + 1) / generalTotal);
}

/**
 * C-value (Frantzi, Ananiadou & Mima 2000) on characters: log2(1 + length) × the frequency not explained
 * by the longer candidates containing the term (their mean frequency is subtracted).
 */
export function cValue(chars: number, f: number, containingFreqSum: number, containingCount: number): number {
  const own = containingCount === 0 ? f : f - containingFreqSum / containingCount;
  return Math.log2(1 + chars) * Math.max(0, own);
}

/** −ln of a word's probability in general Chinese (add-one smoothed): high for rare and unknown words. */
export function rarity(generalFreq: number, generalTotal: number): number {
  return -Math.log((generalFreq + 1) / generalTotal);
}
