// npm run eval -- --only check: seeds terminology errors into real reference translations and reports the
// share found and the share of clean segments falsely flagged. Always runs on the bundled slice
// (test/fixtures/check); also on the whole WMT bitext when ../shared is present and with the project glossary
// when it exists. Options: --seed N (default 1), --rate R (default 0.3), --show N (print N misses and alarms).
import { existsSync, readFileSync } from 'node:fs';
import { atLeast, checkUnits } from '../../src/check/index.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { normalizeTerm } from '../../src/glossary/normalize.ts';
import type { Finding, GlossaryEntry, TranslationUnit } from '../../src/types.ts';
import { readTsvBitext, rng } from './check/bitext.ts';
import { EXPECTED_CHECK, seedErrors, type SeedKind } from './check/seed.ts';

const SLICE = 'test/fixtures/check/wmt-slice.tsv';
const FIXTURE_GLOSSARY = 'test/fixtures/check/eval-glossary.tsv';
const SHARED_WMT = '../shared/corpora/parallel/wmt-news.zh-en.tsv';
const REVIEW = 'test/fixtures/check/wmt-review.tsv';

/** `id\tterm` pairs whose finding a review confirmed as a real error of the reference translation. */
function reviewedReferenceErrors(): Set<string> {
  const lines = readFileSync(REVIEW, 'utf8').split('\n').slice(1);
  return new Set(lines.map((l) => l.split('\t')).filter((c) => c[2] === 'reference-error').map((c) => `${c[0]}\t${normalizeTerm(c[1]!)}`));
}

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const pct = (n: number, d: number): string => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function evaluate(name: string, clean: TranslationUnit[], glossary: GlossaryEntry[], args: string[], review: Set<string>): void {
  const { units, seeds } = seedErrors(clean, glossary, rng(arg(args, '--seed', 1)), { rate: arg(args, '--rate', 0.3) });
  const started = performance.now();
  const findings = checkUnits(units, glossary);
  const ms = performance.now() - started;
  const byId = new Map<string, Finding[]>();
  for (const f of findings) byId.set(f.id, [...(byId.get(f.id) ?? []), f]);
  const seededIds = new Set(seeds.map((s) => s.id));
  const findingsFor = (s: (typeof seeds)[number]): Finding[] =>
    (byId.get(s.id) ?? []).filter((f) => f.check === EXPECTED_CHECK[s.kind] && normalizeTerm(f.term) === normalizeTerm(s.term));
  const isFound = (s: (typeof seeds)[number]): boolean => findingsFor(s).length > 0;
  const kinds: SeedKind[] = ['missing', 'deprecated', 'vary'];
  const found = seeds.filter(isFound);
  const cleanUnits = units.filter((u) => !seededIds.has(u.id));
  const flagged = (level: 'error' | 'info'): TranslationUnit[] => cleanUnits.filter((u) => (byId.get(u.id) ?? []).some((f) => atLeast(f, level)));
  const alarmsError = flagged('error');
  const alarmsAny = flagged('info');
  console.log(`\n### ${name}: ${units.length} segments, ${glossary.length} glossary entries, ${seeds.length} seeded errors (${(ms / 1000).toFixed(2)} s)`);
  console.log(`seeded errors found: ${found.length}/${seeds.length} = ${pct(found.length, seeds.length)}  (${kinds.map((k) => `${k} ${pct(found.filter((s) => s.kind === k).length, seeds.filter((s) => s.kind === k).length)} of ${seeds.filter((s) => s.kind === k).length}`).join(', ')})`);
  // Missing and deprecated renderings are errors unless the checker sees a reason to doubt (a name, a compound):
  // how many seeded ones still fail a CI run at the default --fail-on.
  const errorKinds = seeds.filter((s) => s.kind !== 'vary');
  const atError = errorKinds.filter((s) => findingsFor(s).some((f) => atLeast(f, 'error')));
  console.log(`seeded missing/deprecated errors found at error severity: ${atError.length}/${errorKinds.length} = ${pct(atError.length, errorKinds.length)}`);
  console.log(`clean segments flagged at error (the default --fail-on): ${alarmsError.length}/${cleanUnits.length} = ${pct(alarmsError.length, cleanUnits.length)}`);
  console.log(`clean segments flagged at any severity: ${alarmsAny.length}/${cleanUnits.length} = ${pct(alarmsAny.length, cleanUnits.length)}`);
  const confirmed = (u: TranslationUnit): boolean =>
    (byId.get(u.id) ?? []).filter((f) => atLeast(f, 'error')).every((f) => review.has(`${u.id}\t${normalizeTerm(f.term)}`));
  const falseAlarms = alarmsError.filter((u) => !confirmed(u));
  console.log(`clean segments falsely flagged at error, not counting ${alarmsError.length - falseAlarms.length} with reviewed reference errors (${REVIEW}): ${falseAlarms.length}/${cleanUnits.length} = ${pct(falseAlarms.length, cleanUnits.length)}`);
  const checks = new Map<string, number>();
  for (const u of alarmsAny) for (const f of byId.get(u.id)!) checks.set(`${f.check}/${f.severity}`, (checks.get(`${f.check}/${f.severity}`) ?? 0) + 1);
  console.log(`findings on clean segments by check: ${[...checks].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  const show = arg(args, '--show', 0);
  for (const s of seeds.filter((x) => !isFound(x)).slice(0, show)) console.log(`  missed ${s.kind} ${s.term} #${s.id}: ${s.after}`);
  for (const s of errorKinds.filter((x) => isFound(x) && !atError.includes(x)).slice(0, show)) console.log(`  only a warning: ${s.kind} ${s.term} #${s.id}: ${findingsFor(s)[0]!.message}`);
  for (const u of alarmsError.slice(0, show)) for (const f of byId.get(u.id)!) console.log(`  alarm #${u.id} ${f.check}: ${f.message}`);
}

export async function run(args: string[]): Promise<void> {
  const fixture = loadGlossary(FIXTURE_GLOSSARY);
  const slice = readTsvBitext(SLICE);
  const review = reviewedReferenceErrors();
  const wmt = existsSync(SHARED_WMT) ? readTsvBitext(SHARED_WMT) : undefined;
  evaluate('bundled WMT slice, fixture glossary', slice, fixture, args, review);
  if (wmt) evaluate('whole WMT news bitext (../shared), fixture glossary', wmt, fixture, args, review);
  else console.log('\n(../shared not found: whole-bitext run skipped)');
  if (existsSync('glossary')) {
    const project = loadGlossary('glossary');
    evaluate('bundled WMT slice, project glossary/', slice, project, args, review);
    if (wmt) evaluate('whole WMT news bitext (../shared), project glossary/', wmt, project, args, review);
  }
}
