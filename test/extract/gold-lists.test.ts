// The reference lists that `npm run eval` scores against: their format is what eval/score.mjs reads.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const evalDir = new URL('../../eval/', import.meta.url);
const lists = ['seed-gold.tsv', ...readdirSync(new URL('held-out/', evalDir)).filter((f) => f.endsWith('.gold.tsv')).map((f) => `held-out/${f}`)];

describe.each(lists)('%s', (name) => {
  const rows = readFileSync(new URL(name, evalDir), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t'));

  it('has one term and its class, core or acceptable, on every line', () => {
    expect(rows.filter((r) => r.length !== 2 || !['core', 'acceptable'].includes(r[1]!))).toEqual([]);
  });

  it('gives a term one class (the seed list, a verbatim copy, names 东盟方式 twice) and no quotation or title marks', () => {
    const classOf = new Map<string, string>();
    const conflicts: string[] = [];
    for (const [term, cls] of rows) {
      if ((classOf.get(term!) ?? cls) !== cls) conflicts.push(term!);
      classOf.set(term!, cls!);
    }
    expect(conflicts).toEqual([]);
    expect(rows.map((r) => r[0]!).filter((t) => /[“”‘’"《》〈〉「」『』\s]/.test(t))).toEqual([]);
    expect(rows.some((r) => r[1] === 'core')).toBe(true);
  });
});
