// npm run bench -- --only glossary: speed of the glossary stage.
//  - load + lint of glossary/;
//  - countGlossaryOccurrences over a corpus (news transcripts in ../shared when present, else data/), timing the
//    counting alone (the corpus reader has its own benchmark);
//  - mergeTerms of 50,000 candidates (distinct corpus substrings) with the glossary.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readSentenceBatches } from '../../src/corpus/index.ts';
import { lintEntries } from '../../src/glossary/lint.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { mergeTerms, termsToEnrich } from '../../src/glossary/merge.ts';
import { OccurrenceCounter } from '../../src/glossary/occurrences.ts';
import type { Candidate, Enrichment } from '../../src/types.ts';

const NEWS = '../shared/corpora/news-xinwenlianbo';
const CANDIDATES = 50_000;

export async function run(_args: string[]): Promise<void> {
  let start = performance.now();
  const glossary = loadGlossary('glossary');
  const loadMs = performance.now() - start;
  start = performance.now();
  const problems = lintEntries(glossary);
  const lintMs = performance.now() - start;
  console.log(`load glossary/: ${glossary.length} entries in ${loadMs.toFixed(0)} ms; lint ${lintMs.toFixed(0)} ms (${problems.length} problems)`);

  const paths = existsSync(NEWS) ? ['2019', '2020', '2021'].map((y) => join(NEWS, `${y}.zh.txt`)) : ['data'];
  const mb = existsSync(NEWS) ? paths.reduce((n, p) => n + statSync(p).size, 0) / 1e6 : NaN;
  const counter = new OccurrenceCounter(glossary);
  const substrings = new Set<string>();
  let countMs = 0;
  let clauses = 0;
  for await (const batch of readSentenceBatches(paths)) {
    const t = performance.now();
    for (const s of batch) counter.add(s);
    countMs += performance.now() - t;
    clauses += batch.length;
    for (const s of batch) if (substrings.size < CANDIDATES && s.norm.length >= 6) substrings.add(s.norm.slice(2, 6));
  }
  const occurrences = counter.result();
  const seen = [...occurrences.values()].filter((o) => o.freq > 0).length;
  console.log(
    `occurrences: ${clauses} clauses${Number.isNaN(mb) ? ' of data/' : ` (${mb.toFixed(0)} MB of news)`} counted in ${countMs.toFixed(0)} ms` +
      `${Number.isNaN(mb) ? '' : ` (${(mb / (countMs / 1000)).toFixed(0)} MB/s)`}; ${seen}/${occurrences.size} glossary terms seen`,
  );

  const candidates: Candidate[] = [...substrings].map((term, i) => ({
    term, forms: [term], freq: 1, docFreq: 1, score: 1 / (i + 1), measures: {}, first: { file: 'x', line: 1 }, contexts: [],
  }));
  const stub = (term: string): Enrichment => ({ term, pinyin: '', pinyinNumbers: '', hant: term, tw: term, hk: term, hsk: null, gloss: null });
  start = performance.now();
  const terms = termsToEnrich(candidates, glossary, occurrences);
  const records = mergeTerms(candidates, terms.map(stub), glossary, occurrences);
  const mergeMs = performance.now() - start;
  console.log(`merge: ${candidates.length} candidates + ${glossary.length} glossary entries → ${records.length} records in ${mergeMs.toFixed(0)} ms`);
}
