// Traditional forms through OpenCC, phrase by phrase (头发 → 頭髮, 干部 → 幹部, 干涉 → 干涉):
// hant = OpenCC standard traditional, tw = Taiwan with Taiwan phrases (软件 → 軟體), hk = Hong Kong.
import * as OpenCC from 'opencc-js';
import { lookup } from './cedict.ts';
import { once, readDataFile, tableRows } from './data-files.ts';

type Convert = (text: string) => string;

// Taiwan and Hong Kong forms are derived from the standard traditional form: the same result as converting from
// simplified directly (checked on all 125,049 CC-CEDICT headwords), without building the phrase tables thrice.
const converters = once(() => {
  // resources/enrich/traditional-corrections.tsv: OpenCC choices that domain usage overrules (總檯 → 總臺, 迴圈 → 循環).
  const rows = tableRows(readDataFile('enrich/traditional-corrections.tsv'));
  const corrector = (form: string): Convert =>
    OpenCC.CustomConverter(rows.filter(([f]) => f === form).map(([, wrong, right]) => [wrong, right])) as Convert;
  const then = (convert: Convert, correct: Convert): Convert => (text) => correct(convert(text));
  // OpenCC's Taiwan phrases are software localization (进程 → 程序, 文件 → 檔案): the words Taiwan writes as standard
  // traditional in political text are kept out of them
  const standardInTaiwan = rows.filter(([f]) => f === 'tw-standard').map(([, , word]) => word!);
  return {
    toSimplified: OpenCC.Converter({ from: 't', to: 'cn' }) as Convert,
    // Taiwan and Hong Kong variants that the standard table keeps (著 for 着 in 著眼, 衞 for 卫)
    regionalToSimplified: [OpenCC.Converter({ from: 'tw', to: 'cn' }) as Convert, OpenCC.Converter({ from: 'hk', to: 'cn' }) as Convert],
    hant: then(OpenCC.Converter({ from: 'cn', to: 't' }) as Convert, corrector('hant')),
    tw: then(exceptWords(standardInTaiwan, OpenCC.Converter({ from: 't', to: 'twp' }) as Convert), corrector('tw')),
    hk: then(OpenCC.Converter({ from: 't', to: 'hk' }) as Convert, corrector('hk')),
    taiwanCharacters: OpenCC.Converter({ from: 't', to: 'tw' }) as Convert,
  };
});

/** `convert` applied to the text between occurrences of `words`, which stay as they are. */
function exceptWords(words: string[], convert: Convert): Convert {
  if (words.length === 0) return convert;
  const pattern = new RegExp(`(${[...words].sort((a, b) => b.length - a.length).join('|')})`, 'u');
  // split with a capturing group: the kept words are the odd pieces
  return (text) => text.split(pattern).map((piece, i) => (i % 2 === 1 ? piece : convert(piece))).join('');
}

/**
 * The simplified form used for every dictionary lookup. A term in traditional characters (頭髮, 臺灣) is
 * recognised by its changing here; simplified input comes back unchanged.
 */
export function toSimplified(term: string): string {
  const c = converters();
  const standard = [...c.toSimplified(term)];
  const result = standard.slice();
  for (const convert of c.regionalToSimplified) {
    const regional = [...convert(term)];
    if (regional.length !== standard.length) continue;
    regional.forEach((ch, i) => {
      if (ch !== standard[i] && wordEvidence(withChar(result, i, ch), i) >= wordEvidence(withChar(result, i, standard[i]!), i)) result[i] = ch;
    });
  }
  return result.join('');
}

/**
 * Where Taiwan's or Hong Kong's reading of a character differs from the standard one (著眼 → 着眼, but 顯著 and 編著
 * keep 著), the longest CC-CEDICT word it makes with its neighbours decides; without a word either way the regional
 * reading wins, since the standard table only kept the character it did not know (代表著 → 代表着, 衞生 → 卫生).
 */
function wordEvidence(chars: string[], at: number): number {
  for (let len = Math.min(MAX_WORD, chars.length); len >= 2; len--) {
    for (let start = Math.max(0, at - len + 1); start <= at && start + len <= chars.length; start++) {
      if (lookup(chars.slice(start, start + len).join('')).length > 0) return len;
    }
  }
  return 0;
}

const MAX_WORD = 4;

function withChar(chars: string[], at: number, ch: string): string[] {
  const copy = chars.slice();
  copy[at] = ch;
  return copy;
}

export interface TraditionalForms {
  hant: string;
  tw: string;
  hk: string;
}

/** All three forms are derived from the simplified form, so traditional input gets the same, consistent forms. */
export function traditionalForms(simplified: string): TraditionalForms {
  const c = converters();
  const hant = c.hant(simplified);
  return { hant, tw: c.tw(hant), hk: c.hk(hant) };
}

/**
 * Taiwan's standard characters for a standard traditional form, without Taiwan's vocabulary (爲 → 為, 羣 → 群,
 * 裏 → 裡, while 軟件 stays 軟件): the characters learners' dictionaries such as Pleco list, for flashcards.
 */
export function taiwanCharacters(hant: string): string {
  return converters().taiwanCharacters(hant);
}
