// npm run eval -- --only held-out: how the extractor does on corpora it was not tuned on. Two references:
//  - a gold list, where eval/held-out/NAME.gold.tsv exists (annotated like eval/seed-gold.tsv, see
//    eval/held-out/SOURCE.md), scored with score.mjs's rules: precision@20/50/100 and recall of core terms
//    within the top 2 × |core|;
//  - the project glossary, for every corpus: the glossary terms found in it at least twice (on word edges, as the
//    extractor counts), their recall within the top 2 × |reference| and the top 500, and the share of glossary
//    terms in the top 50 and 100. The glossary holds about a thousand terms, so that share is a lower bound of
//    precision; these figures are for comparing extractor versions.
// Needs ../shared/corpora (skipped without it). Options: --corpora a,b (names under ../shared/corpora/gov-reports,
// or paths), --show-missed.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractFromPaths } from '../../src/extract/index.ts';
import { countGlossaryOccurrences, loadGlossary, normalizeTerm } from '../../src/glossary/index.ts';
import { readSentences } from '../../src/corpus/index.ts';
import type { Sentence } from '../../src/types.ts';
import { score } from './extract.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const SHARED = `${root}../shared/corpora`;

/**
 * Reports none of the extractor's rules were read against when they were chosen (those were: the bundled corpus,
 * gwr-2015, gwr-2023, cpc-congress-20, the 2020 speeches, WMT and xuexi, see docs/extract.md), of three kinds of
 * text. gwr-2017 and gwr-2022 have gold lists that no rule has been read against since (eval/held-out/SOURCE.md).
 */
const DEFAULT_CORPORA = ['gwr-2017', 'gwr-2019', 'gwr-2021', 'gwr-2022', 'gwr-2024', 'gwr-2025', 'cpc-congress-18', 'cpc-congress-19'];

function goldPath(name: string): string {
  return `${root}eval/held-out/${name}.gold.tsv`;
}

function corpusPath(name: string): string {
  return existsSync(name) ? name : `${SHARED}/gov-reports/${name}.zh.txt`;
}

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

export async function run(args: string[]): Promise<void> {
  if (!existsSync(SHARED)) {
    console.log('skipped: ../shared/corpora is not there');
    return;
  }
  const names = flag(args, '--corpora')?.split(',') ?? DEFAULT_CORPORA;
  const glossary = loadGlossary(`${root}glossary`);
  const rows: string[][] = [];
  const goldRows: string[][] = [];
  const sums = { recall: 0, recall500: 0, p50: 0, p100: 0 };
  for (const name of names) {
    const path = corpusPath(name);
    const sentences: Sentence[] = [];
    for await (const sentence of readSentences([path])) sentences.push(sentence);
    const occurrences = countGlossaryOccurrences(sentences, glossary, { maxContexts: 0 });
    const reference = [...occurrences].filter(([, o]) => o.freq >= 2).map(([term]) => term);
    const candidates = await extractFromPaths([path]);
    const ranked = [...new Set(candidates.map((c) => normalizeTerm(c.term)))];
    if (existsSync(goldPath(name))) {
      const s = score(readFileSync(goldPath(name), 'utf8'), candidates.map((c) => c.term));
      goldRows.push([name, String(s.core), String(s.precision[20]), String(s.precision[50]), String(s.precision[100]), String(s.recall)]);
      if (args.includes('--show-missed')) console.log(`${name} missed core terms: ${s.missed.join(' ')}`);
    }
    const inGlossary = new Set(occurrences.keys());
    const within = (n: number): Set<string> => new Set(ranked.slice(0, n));
    const window = within(2 * reference.length);
    const found = reference.filter((t) => window.has(t)).length;
    const found500 = reference.filter((t) => within(500).has(t)).length;
    const share = (k: number): number => ranked.slice(0, k).filter((t) => inGlossary.has(t)).length / k;
    const recall = found / Math.max(1, reference.length);
    const recall500 = found500 / Math.max(1, reference.length);
    sums.recall += recall;
    sums.recall500 += recall500;
    sums.p50 += share(50);
    sums.p100 += share(100);
    rows.push([name, String(reference.length), recall.toFixed(3), recall500.toFixed(3), share(50).toFixed(2), share(100).toFixed(2)]);
    if (args.includes('--show-missed')) {
      console.log(`${name} missed: ${reference.filter((t) => !window.has(t)).map((t) => `${t}(${ranked.indexOf(t) + 1 || '–'})`).join(' ')}`);
    }
  }
  const n = names.length;
  rows.push(['mean', '', (sums.recall / n).toFixed(3), (sums.recall500 / n).toFixed(3), (sums.p50 / n).toFixed(2), (sums.p100 / n).toFixed(2)]);
  if (goldRows.length > 0) {
    console.log('gold lists (eval/held-out):');
    printTable(['corpus', 'core terms', 'precision@20', '@50', '@100', 'recall'], goldRows);
  }
  console.log('glossary terms as reference:');
  printTable(['corpus', 'glossary terms (f ≥ 2)', 'recall @2×', 'recall @500', 'glossary share @50', '@100'], rows);
}

function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padStart(widths[i]!)).join('  '));
}
