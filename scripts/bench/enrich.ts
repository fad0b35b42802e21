// npm run bench -- --only enrich: enriching 10,000 distinct real terms (target: under 2 s).
// The terms are CC-CEDICT headwords of two to eight Chinese characters, every n-th one so that the sample spans
// the whole dictionary; the shipped copy is used, so the benchmark runs on a fresh clone too.
import { performance } from 'node:perf_hooks';
import { cedict } from '../../src/enrich/cedict.ts';
import { enrichTerms } from '../../src/enrich/index.ts';

const COUNT = 10_000;

export async function run(_args: string[]): Promise<void> {
  let start = performance.now();
  enrichTerms(['人类命运共同体']); // loads CC-CEDICT, HSK, corrections, OpenCC and jieba once
  const loadMs = performance.now() - start;

  const headwords = [...cedict().keys()].filter((w) => /^\p{Script=Han}{2,8}$/u.test(w));
  const step = Math.max(1, Math.floor(headwords.length / COUNT));
  const terms = headwords.filter((_, i) => i % step === 0).slice(0, COUNT);

  start = performance.now();
  const enriched = enrichTerms(terms);
  const ms = performance.now() - start;
  const sandhiStart = performance.now();
  enrichTerms(terms, { toneSandhi: true });
  const sandhiMs = performance.now() - sandhiStart;

  console.log(`lexicons loaded once in ${loadMs.toFixed(0)} ms (CC-CEDICT, HSK, corrections, OpenCC, jieba)`);
  console.log(`enriched ${enriched.length} distinct CC-CEDICT terms in ${ms.toFixed(0)} ms (${(ms / enriched.length * 1000).toFixed(0)} µs/term; target < 2000 ms)`);
  console.log(`with --tone-sandhi: ${sandhiMs.toFixed(0)} ms`);
  console.log(`total including loading: ${(loadMs + ms).toFixed(0)} ms`);
}
