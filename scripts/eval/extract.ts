// npm run eval: the extractor on the bundled corpus, scored against eval/seed-gold.tsv with the rules of
// eval/score.mjs (precision@K = gold terms among the top K / K; recall = share of core terms within the
// top 2 × |core|). Arguments: [--corpus FILE] [--gold FILE] [--show N] to print the top N with measures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFromPaths } from '../../src/extract/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

function flag(args: string[], name: string, dflt: string): string {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
}

// exactly score.mjs's matching: quotes and title marks ignored, surrounding space trimmed
const norm = (s: string): string => s.replace(/[“”‘’"《》〈〉「」『』]/g, '').trim();

export interface Score {
  candidates: number;
  core: number;
  precision: Record<number, number>;
  recall: number;
  missed: string[];
  falsePositivesTop50: string[];
}

export function score(goldText: string, rankedTerms: string[], ks = [20, 50, 100]): Score {
  const gold = new Map<string, string>();
  for (const line of goldText.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [term, cls] = line.split('\t');
    gold.set(norm(term), cls.trim());
  }
  const ranked = [...new Set(rankedTerms.map(norm))];
  const core = [...gold].filter(([, c]) => c === 'core').map(([t]) => t);
  const precision: Record<number, number> = {};
  for (const k of ks) precision[k] = +(ranked.slice(0, k).filter((t) => gold.has(t)).length / k).toFixed(3);
  const window = new Set(ranked.slice(0, 2 * core.length));
  const found = core.filter((t) => window.has(t));
  return {
    candidates: ranked.length,
    core: core.length,
    precision,
    recall: +(found.length / core.length).toFixed(3),
    missed: core.filter((t) => !window.has(t)),
    falsePositivesTop50: ranked.slice(0, 50).filter((t) => !gold.has(t)),
  };
}

export async function run(args: string[]): Promise<void> {
  const corpus = flag(args, '--corpus', `${root}data/wangyi-2021-press-conference.zh.txt`);
  const goldPath = flag(args, '--gold', `${root}eval/seed-gold.tsv`);
  const show = Number(flag(args, '--show', '0'));
  const t0 = performance.now();
  const candidates = await extractFromPaths([corpus]);
  const ms = performance.now() - t0;
  const s = score(readFileSync(goldPath, 'utf8'), candidates.map((c) => c.term));
  console.log(`corpus: ${corpus} (${candidates.length} candidates, ${ms.toFixed(0)} ms)`);
  console.log(`precision@20: ${s.precision[20]}  precision@50: ${s.precision[50]}  precision@100: ${s.precision[100]}`);
  console.log(`recall (core ${s.core}, window ${2 * s.core}): ${s.recall}`);
  console.log(`missed core terms: ${s.missed.join(' ')}`);
  console.log(`false positives in the top 50: ${s.falsePositivesTop50.join(' ')}`);
  if (show > 0) {
    const gold = new Set(readFileSync(goldPath, 'utf8').split('\n').map((l) => norm(l.split('\t')[0])));
    candidates.slice(0, show).forEach((c, i) => {
      const m = Object.entries(c.measures).map(([k, v]) => `${k}=${v}`).join(' ');
      console.log(`${String(i + 1).padStart(4)} ${gold.has(c.term) ? '+' : '-'} ${c.term}\t${c.freq}\t${c.score}\t${m}`);
    });
  }
}
