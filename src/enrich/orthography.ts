// Word grouping for GB/T 16159-2012: which syllables of a run are written together, apart, or hyphenated.
// jieba gives the words; CC-CEDICT capitals split proper names (Xí Jìnpíng, Běijīng Shì); long words are split
// into the dictionary words they are made of (huánjìng bǎohù guīhuà); four-character idioms and set phrases of
// two halves are written AB-CD, or joined when they do not read as two halves; ordinals are written dì-yī.
import { lookup, maximumMatch } from './cedict.ts';
import { idiomSplits, isCommonWord, isIdiom, isSetPhrase, orthographyTable } from './idioms.ts';
import { spanText, type RunReading, type Span } from './readings.ts';
import { isCapitalised } from './syllables.ts';

/** An orthographic word: [start, end) of the run, with a hyphen before each index in `hyphens`. */
export interface OrthWord extends Span {
  hyphens?: number[];
  /** Written with a capital: a proper name, or the generic part of one (Jiāng). */
  capital?: boolean;
}

export function groupWords(reading: RunReading): OrthWord[] {
  const { chars } = reading;
  const n = chars.length;
  if (isFourCharacterFormula(reading)) return [asIdiom(reading, { start: 0, end: n })];
  const breaks = new Set<number>([0, n]);
  const capitalStarts = new Set<number>();
  const numerals = orthographyTable().numerals;
  const isNumeral = (i: number) => numerals.includes(chars[i] ?? '') && chars[i] !== '两';
  // A number is one word even where jieba cuts it digit by digit (二十国集团 → èrshí).
  for (const w of wordsOfRun(reading)) if (!(isNumeral(w.start - 1) && isNumeral(w.start))) breaks.add(w.start);
  for (const p of reading.properSpans) {
    breaks.add(p.start);
    breaks.add(p.end);
    for (let i = p.start + 1; i < p.end; i++) if (reading.capital[i]) breaks.add(i);
    const tail = commonTail(reading, p);
    if (tail !== undefined) breaks.add(tail);
    const generic = geographicGeneric(reading, p);
    if (generic !== undefined) {
      breaks.add(generic);
      capitalStarts.add(generic);
    }
  }
  const ordinals = ordinalSpans(chars);
  for (const o of ordinals) breaks.add(o.end);
  for (const at of classifierBreaks(chars, reading.words)) breaks.add(at);
  for (const at of particleBreaks(reading)) breaks.add(at);
  for (const w of reading.fixedWords) {
    breaks.add(w.start);
    breaks.add(w.end);
    for (let i = w.start + 1; i < w.end; i++) breaks.delete(i);
  }
  const cuts = [...breaks].sort((a, b) => a - b);
  const words: OrthWord[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const span = { start: cuts[k]!, end: cuts[k + 1]! };
    const abbreviation = abbreviationAt(reading, cuts, k);
    if (abbreviation) {
      words.push(abbreviation);
      while (cuts[k + 1]! < abbreviation.end) k++;
      continue;
    }
    const ordinal = ordinals.find((o) => o.start === span.start && o.end === span.end);
    words.push(...(ordinal ? [{ ...span, hyphens: [span.start + 1] }] : splitLongWord(reading, span)));
  }
  return withSuffixesJoined(chars, words).map((w) => ({ ...w, capital: (reading.capital[w.start] ?? false) || capitalStarts.has(w.start) }));
}

/**
 * A word and a one-character suffix cut off it (by jieba, or by the division of a long word) are written as one
 * (GB/T 16159-2012: xiàndàihuà): 供给|侧 gōngjǐcè, 杠杆|率 gànggǎnlǜ, 城镇化|率 chéngzhènhuàlǜ. The suffixes are a table.
 */
function withSuffixesJoined(chars: string[], words: OrthWord[]): OrthWord[] {
  const { suffixes } = orthographyTable();
  const out: OrthWord[] = [];
  for (const w of words) {
    const before = out[out.length - 1];
    const isSuffix = w.end - w.start === 1 && suffixes.includes(chars[w.start] ?? '');
    if (isSuffix && before !== undefined && before.end === w.start && before.end - before.start >= 2) out[out.length - 1] = { ...before, end: w.end };
    else out.push(w);
  }
  return out;
}

/**
 * Consecutive one-syllable names inside one proper-name entry (CC-CEDICT capitalises each: 中美 Zhong1 Mei3,
 * 政协 Zheng4 Xie2, 京津冀) are one word: hyphenated when the entry is a coordination ("China-US", "Hong Kong
 * and Macao": Zhōng-Měi, Jīng-Jīn-Jì), joined when it abbreviates one name ("CPPCC": Zhèngxié, Jiǔ'èr Gòngshí).
 * Anything else stays apart (泰山 "Mt Tai": Tài Shān).
 */
function abbreviationAt(reading: RunReading, cuts: number[], k: number): OrthWord | undefined {
  const single = (j: number) => j + 1 < cuts.length && cuts[j + 1]! - cuts[j]! === 1 && reading.capital[cuts[j]!];
  if (!single(k)) return undefined;
  const start = cuts[k]!;
  const proper = reading.properSpans.find((p) => p.start <= start && start < p.end);
  if (!proper) return undefined;
  let j = k;
  while (single(j + 1) && cuts[j + 1]! < proper.end) j++;
  const end = cuts[j + 1]!;
  const syllables = reading.syllables.slice(proper.start, proper.end).join(' ');
  const entry = lookup(spanText(reading.chars, proper)).find((e) => e.syllables.join(' ') !== syllables && e.syllables.join(' ').toLowerCase() === syllables);
  const sense = entry?.senses[0] ?? '';
  if (j > k && namesCoordinated(sense) === end - start) return { start, end, capital: true, hyphens: cuts.slice(k + 1, j + 1) };
  if (j > k && ABBREVIATION.test(sense)) return { start, end, capital: true };
  // A name translated into English, not romanized, is an abbreviation of its parts (安理会 "Security Council" Ānlǐhuì,
  // 上合组织 Shànghé Zǔzhī, 冬奥会 Dōng'àohuì); a person (Xí Jìnpíng) or a natural feature (Tài Shān, Huáng Hé) is not.
  const generic = (at: number) => orthographyTable().geographicGenerics[reading.chars[at]!] !== undefined;
  if (!entry || !isTranslatedName(sense, reading, proper, cuts) || cuts.slice(k, j + 2).some((at) => at < proper.end && generic(at))) return undefined;
  if (j > k) return { start, end, capital: true };
  // one syllable before a longer part of the name is written with it
  const next = cuts[k + 2];
  return next !== undefined && next <= proper.end && reading.capital[end] ? { start, end: next, capital: true } : undefined;
}

/** Whether a name's English sense translates it: it does not begin with the name's romanization, nor give life dates. */
function isTranslatedName(sense: string, reading: RunReading, proper: Span, cuts: number[]): boolean {
  if (sense === '' || LIFE_DATES.test(sense)) return false;
  const toneless = (from: number, to: number) => reading.syllables.slice(from, to).join('').replace(/[1-5]/g, '').replace(/ü/g, 'u');
  const groups: string[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    if (cuts[k]! >= proper.start && cuts[k + 1]! <= proper.end) groups.push(toneless(cuts[k]!, cuts[k + 1]!));
  }
  const plain = sense.toLowerCase().replace(/[^a-z ]/g, '');
  return !plain.startsWith(groups.join(' ')) && !plain.startsWith(groups.join(''));
}

// "Sun Yat-sen (1866-1925)", "Lu Xun (1881-1936)": a person, whatever the spelling of the name
const LIFE_DATES = /\((?:c\.\s*)?\d{1,4}\s*(?:BC)?\s*[-–]|\(born /;

/** How many names a sense coordinates: "China-US" 2, "Jing-Jin-Ji (…)" 3, "China, Japan and Korea" 3; else 0. */
function namesCoordinated(sense: string): number {
  // Not the start of a longer name: "Cross-Strait Service Trade Agreement" coordinates nothing.
  const hyphenated = /^[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)+(?=$|[\s,;(](?!\s*[A-Z]))/.exec(sense);
  if (hyphenated) return hyphenated[0].split('-').length;
  // three or more names, some of two words, opening a longer name: "Guangdong-Hong Kong-Macao Greater Bay Area"
  const three = /^[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:-[A-Z][a-z]+(?: [A-Z][a-z]+)?){2,}/.exec(sense);
  if (three) return three[0].split('-').length;
  const names = sense.split(/[(;]/)[0]!.split(/, | and /);
  return names.length > 1 && names.every((n) => /^[A-Z]/.test(n)) ? names.length : 0;
}

// "CPPCC (…)", "1992 Consensus", "abbr. for …"
const ABBREVIATION = /^([A-Z]{2,}|\d)|\babbr\./;

/**
 * Where the generic part of a natural feature's name begins, when CC-CEDICT joins it to the name (珠江 Zhu1 jiang1,
 * "Pearl River"): Zhū Jiāng. A city named after the feature ("see 马鞍山市") is left alone.
 */
function geographicGeneric(reading: RunReading, span: Span): number | undefined {
  const last = span.end - 1;
  const pattern = orthographyTable().geographicGenerics[reading.chars[last]!];
  if (!pattern || last === span.start || reading.capital[last]) return undefined;
  const syllables = reading.syllables.slice(span.start, span.end).join(' ');
  const feature = new RegExp(pattern);
  const entries = lookup(spanText(reading.chars, span)).filter((e) => e.syllables.join(' ').toLowerCase() === syllables);
  return entries.some((e) => e.syllables.some(isCapitalised) && feature.test(e.senses[0] ?? '')) ? last : undefined;
}

/**
 * jieba's words, unless CC-CEDICT lists the whole run: then it is one word when short (碳中和, not 碳中 和) and
 * the dictionary words it divides into when long (可持续 发展, not 可 持续 发展).
 */
function wordsOfRun(reading: RunReading): Span[] {
  const { words, chars } = reading;
  const out: Span[] = [];
  // the longest run of jieba's words that CC-CEDICT lists, from each word on: 可持续发展 inside 可持续发展议程 too
  for (let i = 0; i < words.length; ) {
    let j = words.length - 1;
    while (j > i && lookup(spanText(chars, { start: words[i]!.start, end: words[j]!.end })).length === 0) j--;
    const run = { start: words[i]!.start, end: words[j]!.end };
    if (j === i && lookup(spanText(chars, run)).length === 0) out.push(run);
    else if (run.end - run.start <= 3 || isIdiom(spanText(chars, run))) out.push(run);
    else out.push(...(divideIntoWords(chars, run) ?? words.slice(i, j + 1)));
    i = j + 1;
  }
  return out;
}

/**
 * Where a proper name of four or more characters ends in a common word CC-CEDICT spells in lower case after a
 * name it also lists (中日 + 关系, 马克思 + 主义): Zhōng Rì guānxì, Mǎkèsī zhǔyì.
 */
function commonTail(reading: RunReading, span: Span): number | undefined {
  if (span.end - span.start < 4) return undefined;
  for (let at = span.start + 1; at <= span.end - 2; at++) {
    if (reading.capital[at]) continue;
    const tail = lookup(reading.chars.slice(at, span.end).join(''));
    const head = lookup(reading.chars.slice(span.start, at).join(''));
    if (head.length > 0 && tail.some((e) => !e.syllables.some(isCapitalised))) return at;
  }
  return undefined;
}

/** Around each structural particle read de (党的建设 → dǎng de jiànshè). */
function particleBreaks(reading: RunReading): number[] {
  const { particles } = orthographyTable();
  return reading.chars.flatMap((ch, i) => (particles.includes(ch) && reading.syllables[i] === 'de5' ? [i, i + 1] : []));
}

/** A jieba word made of numerals and one classifier (一个, 三项) breaks before the classifier: yī gè, sān xiàng. */
/** The general classifier, which counts the named things of a slogan. */
const COUNTED = '个';

function classifierBreaks(chars: string[], words: Span[]): number[] {
  const { numerals, measureWords } = orthographyTable();
  const breaks: number[] = [];
  for (const w of words) {
    const last = w.end - 1;
    // a slogan that jieba keeps whole, a count of named things (三个代表 sān gè Dàibiǎo): 个 only, since 一次性 and
    // 一条龙 are words
    const count = [...chars.slice(w.start, w.end)].findIndex((ch) => !numerals.includes(ch));
    const at = w.start + count;
    if (count > 0 && chars[at] === COUNTED && at + 1 < w.end) breaks.push(at, at + 1);
    if (last <= w.start || !measureWords.includes(chars[last]!)) continue;
    if (chars.slice(w.start, last).every((ch) => numerals.includes(ch))) breaks.push(last);
  }
  return breaks;
}

/**
 * A term of four characters that jieba cuts into words of one or two characters, and whose halves are not
 * dictionary words (行稳 致远, 与 邻 为 善): a coined four-character phrase, written like an idiom.
 */
function isFourCharacterFormula(reading: RunReading): boolean {
  const { chars, words } = reading;
  if (chars.length !== 4 || words.length < 2 || reading.capital.some(Boolean)) return false;
  if (words.some((w) => w.end - w.start > 2 || (w.start < 2 && w.end > 2))) return false;
  return lookup(chars.slice(0, 2).join('')).length === 0 && lookup(chars.slice(2).join('')).length === 0;
}

function asIdiom(reading: RunReading, word: Span): OrthWord {
  return idiomSplits(spanText(reading.chars, word)) ? { ...word, hyphens: [word.start + 2] } : word;
}

/** 第 and the numerals after it (第一, 第二十): written dì-yī, dì-èrshí. */
function ordinalSpans(chars: string[]): Span[] {
  const numerals = orthographyTable().numerals;
  const spans: Span[] = [];
  chars.forEach((ch, i) => {
    if (ch !== '第') return;
    let end = i + 1;
    while (end < chars.length && numerals.includes(chars[end]!)) end++;
    if (end > i + 1) spans.push({ start: i, end });
  });
  return spans;
}

/**
 * Four or more syllables: an idiom is hyphenated or joined; a word that divides into dictionary words of two or
 * more characters is written as those words (xíngzhèng qūhuà). A four-character dictionary word or fixed
 * expression that does not divide stays joined when it is built 3+1 or 1+3 (hóngshízìhuì, yánjiūshēngyuàn) or
 * cannot be read as two halves (chángcǐyǐwǎng); when one half is a common word it is written as two words
 * (jíkòng zhōngxīn); otherwise it is a four-character set phrase, written like an idiom (yīguó-liǎngzhì). Any
 * other word the dictionary does not list is written as the dictionary words inside it (wǔ xiàng yuánzé).
 */
function splitLongWord(reading: RunReading, word: Span): OrthWord[] {
  const len = word.end - word.start;
  if (len < 4) return [word];
  const text = spanText(reading.chars, word);
  if (isIdiom(text)) return [asIdiom(reading, word)];
  const division = divideIntoWords(reading.chars, word);
  if (division) return division.flatMap((p) => splitLongWord(reading, p));
  const listed = lookup(text).length > 0 || isSetPhrase(text);
  if (listed && (len !== 4 || reading.capital[word.start])) return [word];
  if (listed) {
    const chars = reading.chars.slice(word.start, word.end);
    const threePlusOne = lookup(chars.slice(0, 3).join('')).length > 0 || lookup(chars.slice(1).join('')).length > 0;
    if (threePlusOne || !idiomSplits(text)) return [word];
    if (!isCommonWord(chars.slice(0, 2).join('')) && !isCommonWord(chars.slice(2).join(''))) return [asIdiom(reading, word)];
    return [{ start: word.start, end: word.start + 2 }, { start: word.start + 2, end: word.end }];
  }
  const pieces = maximumMatch(reading.chars, word);
  return pieces.length === 1 ? [word] : pieces.flatMap((p) => splitLongWord(reading, p));
}

/** The division of a word into the fewest dictionary words of two or more characters each (never the word itself). */
function divideIntoWords(chars: string[], word: Span): Span[] | null {
  // best[i]: fewest pieces covering [word.start, i); from[i]: where the last of them starts.
  const n = word.end - word.start;
  const best: number[] = new Array(n + 1).fill(Infinity);
  const from: number[] = new Array(n + 1).fill(-1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    if (best[i] === Infinity) continue;
    for (let j = i + 2; j <= n; j++) {
      if (i === 0 && j === n) continue;
      if (best[i]! + 1 < best[j]! && lookup(chars.slice(word.start + i, word.start + j).join('')).length > 0) {
        best[j] = best[i]! + 1;
        from[j] = i;
      }
    }
  }
  if (best[n] === Infinity) return null;
  const pieces: Span[] = [];
  for (let j = n; j > 0; j = from[j]!) pieces.unshift({ start: word.start + from[j]!, end: word.start + j });
  return pieces;
}
