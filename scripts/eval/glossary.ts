// npm run eval -- --only glossary: how well the curated glossary covers the terms it must cover.
//  - the core terms of eval/seed-gold.tsv (the issue asks for every one), compared after normalizeTerm;
//  - the glossary terms that occur in the bundled corpus (data/), counted by countGlossaryOccurrences;
//  - lint problems of glossary/.
// Prints figures and the missing core terms; the glossary data is written by people, this only measures it.
import { readFileSync } from 'node:fs';
import { readSentences } from '../../src/corpus/index.ts';
import { countGlossaryOccurrences } from '../../src/glossary/occurrences.ts';
import { lintEntries } from '../../src/glossary/lint.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { normalizeTerm } from '../../src/glossary/normalize.ts';
import type { Sentence } from '../../src/types.ts';

export async function run(_args: string[]): Promise<void> {
  const glossary = loadGlossary('glossary');
  const keys = new Set(glossary.map((e) => normalizeTerm(e.zh)));

  const gold = readFileSync('eval/seed-gold.tsv', 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .filter(([, cls]) => cls === 'core')
    .map(([term]) => term);
  const missing = gold.filter((term) => !keys.has(normalizeTerm(term)));
  console.log(`glossary: ${glossary.length} entries`);
  console.log(`core terms of eval/seed-gold.tsv in the glossary: ${gold.length - missing.length}/${gold.length}`);
  if (missing.length) console.log(`missing: ${missing.join(' ')}`);

  const sentences: Sentence[] = [];
  for await (const s of readSentences(['data'])) sentences.push(s);
  const occurrences = countGlossaryOccurrences(sentences, glossary);
  const seen = [...occurrences.values()].filter((o) => o.freq > 0).length;
  console.log(`glossary terms occurring in data/: ${seen}/${occurrences.size}`);

  const problems = lintEntries(glossary);
  const errors = problems.filter((p) => p.severity === 'error').length;
  console.log(`lint: ${errors} errors, ${problems.length - errors} warnings`);
}
