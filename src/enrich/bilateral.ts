// Two-character diplomatic compounds that CC-CEDICT lacks but writes for their neighbours: 中美 [Zhong1 Mei3]
// "China-US" and 日方 [Ri4 fang1] "the Japanese side" are listed, 中拉, 中阿 and 美方 are not. Each gets the entry
// CC-CEDICT would give it, built from a table of one-character country abbreviations
// (resources/enrich/country-abbreviations.tsv), so reading, capitals and hyphens follow as for the listed ones.
import type { CedictEntry } from './cedict.ts';
import { once, readDataFile, tableRows } from './data-files.ts';

interface Abbreviation {
  syllable: string;
  name: string;
  adjective: string;
}

const abbreviations = once(
  () => new Map(tableRows(readDataFile('enrich/country-abbreviations.tsv')).map(([ch = '', syllable = '', name = '', adjective = '']): [string, Abbreviation] => [ch, { syllable, name, adjective }])),
);

/**
 * The entry of a compound 中X ("China-X"), 中XY ("China, X and Y": 中蒙俄, 中吉乌) or X方 ("the X side");
 * undefined for any other word.
 */
export function bilateralEntry(word: string): CedictEntry | undefined {
  const chars = Array.from(word);
  const table = abbreviations();
  if (chars.length === 3 && chars[0] === '中') {
    const [x, y] = [table.get(chars[1]!), table.get(chars[2]!)];
    return x && y && chars[1] !== chars[2] ? entry(word, ['Zhong1', x.syllable, y.syllable], `China, ${x.name} and ${y.name}`) : undefined;
  }
  if (chars.length !== 2) return undefined;
  const [first, second] = chars as [string, string];
  const partner = table.get(second);
  // "China-Laos" as CC-CEDICT writes it; "China and Latin America" where a hyphen would join only the first word
  if (first === '中' && partner) return entry(word, ['Zhong1', partner.syllable], partner.name.includes(' ') ? `China and ${partner.name}` : `China-${partner.name}`);
  const side = table.get(first);
  if (second === '方' && side) return entry(word, [side.syllable, 'fang1'], `the ${side.adjective} side`);
  return undefined;
}

function entry(word: string, syllables: string[], sense: string): CedictEntry {
  return { trad: word, simp: word, syllables, senses: [sense] };
}
