// Rebuilds hsk-levels.tsv from complete-hsk-vocabulary's complete.min.json (see SOURCE.md):
//   node resources/lexicons/hsk/trim.mjs path/to/complete.min.json > resources/lexicons/hsk/hsk-levels.tsv
// Keeps only what zhterm reads: the simplified word, its HSK 3.0 level (7 = band 7–9) and HSK 2.0 level.
import { readFileSync } from 'node:fs';

const words = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const level = (levels, prefix) => {
  const found = levels.filter((l) => l.startsWith(prefix)).map((l) => Number(l.slice(1)));
  return found.length ? String(Math.min(...found)) : '';
};
const lines = ['# word\thsk3\thsk2 (empty: not in that list)'];
for (const w of words) lines.push(`${w.s}\t${level(w.l, 'n')}\t${level(w.l, 'o')}`);
process.stdout.write(lines.join('\n') + '\n');
