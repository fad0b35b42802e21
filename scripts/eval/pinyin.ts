// npm run eval -- --only pinyin: pinyin accuracy on test/fixtures/enrich/pinyin-gold.tsv (target ≥ 99% exact).
// exact: the whole pinyin string (readings, tones, word joining, hyphens, capitals, apostrophes) equals the gold;
// readings: the same syllables and tones, whatever the spacing and capitals.
import { readFileSync } from 'node:fs';
import { defaultCorrections } from '../../src/enrich/corrections.ts';
import { enrichTerms, toneMarksToNumbers } from '../../src/enrich/index.ts';

const GOLD = new URL('../../test/fixtures/enrich/pinyin-gold.tsv', import.meta.url);

interface GoldRow {
  term: string;
  expected: string;
  set: string;
}

const readings = (pinyin: string) => toneMarksToNumbers(pinyin).toLowerCase().replace(/[\s\-']/g, '');
const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(1)}%`;

export async function run(_args: string[]): Promise<void> {
  const rows: GoldRow[] = readFileSync(GOLD, 'utf8')
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const [term = '', expected = '', set = ''] = l.split('\t');
      return { term, expected, set };
    });
  const corrections = defaultCorrections();
  const leaked = rows.filter((r) => corrections.has(r.term));
  if (leaked.length > 0) console.log(`WARNING: gold terms that are also correction keys: ${leaked.map((r) => r.term).join(' ')}`);

  const got = enrichTerms(rows.map((r) => r.term)).map((e) => e.pinyin);
  const misses: string[] = [];
  const score = (set?: string) => {
    let n = 0, exact = 0, sameReadings = 0;
    rows.forEach((r, i) => {
      if (set && r.set !== set) return;
      n++;
      if (got[i] === r.expected) exact++;
      if (readings(got[i]!) === readings(r.expected)) sameReadings++;
      else if (!set) misses.push(`  reading  ${r.term}: expected ${r.expected}, got ${got[i]}`);
      if (!set && got[i] !== r.expected && readings(got[i]!) === readings(r.expected)) misses.push(`  spelling ${r.term}: expected ${r.expected}, got ${got[i]}`);
    });
    return `${exact}/${n} exact (${percent(exact, n)}), ${sameReadings}/${n} same readings (${percent(sameReadings, n)})`;
  };
  console.log(`pinyin, all ${rows.length} gold terms: ${score()}`);
  for (const set of [...new Set(rows.map((r) => r.set))]) console.log(`  ${set}: ${score(set)}`);
  console.log('target: ≥ 99% exact');
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`);
}
