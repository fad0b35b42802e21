// One-off: copies a slice of the WMT news bitext into test/fixtures/check/wmt-slice.tsv, so that the check eval
// runs without ../shared. Pairs whose Chinese has a term of the eval glossary (400) plus pairs without one (100),
// in a stable hash order; references that already contain a deprecated rendering are left out (they are not
// clean). Run: npx tsx scripts/eval/check/make-slice.ts
import { writeFileSync } from 'node:fs';
import { loadGlossary } from '../../../src/glossary/load.ts';
import { hash, readTsvBitext } from './bitext.ts';

const WMT = '/work/shared/corpora/parallel/wmt-news.zh-en.tsv';
const GLOSSARY = 'test/fixtures/check/eval-glossary.tsv';
const OUT = 'test/fixtures/check/wmt-slice.tsv';

const glossary = loadGlossary(GLOSSARY);
const letters = (s: string): string => ` ${s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
const deprecated = glossary.flatMap((e) => e.enDeprecated.map(letters));
const units = readTsvBitext(WMT)
  .filter((u) => !deprecated.some((d) => letters(u.target).includes(d)))
  .sort((a, b) => hash(a.id) - hash(b.id));
const hasTerm = (zh: string): boolean => glossary.some((e) => zh.includes(e.zh));
const withTerms = units.filter((u) => hasTerm(u.source)).slice(0, 400);
const without = units.filter((u) => !hasTerm(u.source)).slice(0, 100);
const picked = [...withTerms, ...without].sort((a, b) => a.line - b.line);
writeFileSync(OUT, `id\tzh\ten\n${picked.map((u) => `${u.id}\t${u.source}\t${u.target}`).join('\n')}\n`);
console.log(`${picked.length} pairs (${withTerms.length} with glossary terms) written to ${OUT}`);
