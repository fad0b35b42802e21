// npm run bench -- --only enrich: enriching 10,000 distinct real terms (target: under 2 s).
// The terms are CC-CEDICT headwords of two to eight Chinese characters, every n-th one so that the sample spans
// the whole dictionary; the shipped copy is used, so the benchmark runs on a fresh clone too. CPU time is printed
// beside wall time: on a busy machine it is the steadier figure.
import { performance } from 'node:perf_hooks';
import { cedict } from '../../src/enrich/cedict.ts';
import { enrichTerms, type EnrichOptions } from '../../src/enrich/index.ts';

const COUNT = 10_000;

function timed(run: () => void): { wallMs: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  run();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

const show = (t: { wallMs: number; cpuMs: number }) => `${t.wallMs.toFixed(0)} ms (CPU ${t.cpuMs.toFixed(0)} ms)`;

export async function run(_args: string[]): Promise<void> {
  // Loads CC-CEDICT, HSK, the corrections, OpenCC's tables and jieba once.
  const load = timed(() => enrichTerms(['人类命运共同体']));

  const headwords = [...cedict().keys()].filter((w) => /^\p{Script=Han}{2,8}$/u.test(w));
  const step = Math.max(1, Math.floor(headwords.length / COUNT));
  const terms = headwords.filter((_, i) => i % step === 0).slice(0, COUNT);

  const pass = (options: EnrichOptions) => timed(() => enrichTerms(terms, options));
  const first = pass({});
  const second = pass({});
  const sandhi = pass({ toneSandhi: true });

  console.log(`lexicons loaded once: ${show(load)}`);
  console.log(`enriched ${terms.length} distinct CC-CEDICT terms: ${show(first)} (target < 2000 ms)`);
  console.log(`again, warm: ${show(second)}; with tone sandhi: ${show(sandhi)}`);
  console.log(`first pass including loading: ${(load.wallMs + first.wallMs).toFixed(0)} ms`);
}
