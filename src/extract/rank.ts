// Ranking: from counts to scored candidates, best first. Reads only the numbers in Counts, so counts
// merged from shards rank exactly like counts from one run. The formula is documented in docs/extract.md.
import type { Candidate } from '../types.ts';
import { generalFrequencies, type GeneralFrequencies } from '../segment/index.ts';
import { pruneForRanking, type Counts } from './counts.ts';
import { hashIds } from './ngram-table.ts';
import { NOT_FIRST, NOT_LAST, canBeHead, edgeBits, edgeRestriction, frames, framesComplete, isAdverbTag, isClauseMarker, isNumberLike, isPlainVerb, isSmallNumeral } from './boundary.ts';
import { listedShapeFactor, partsAllowed, shapeFactor, wordParts } from './shape.ts';
import { hskLevels } from '../enrich/hsk.ts';
import { isDictionaryHeadword } from './lexicon.ts';
import { withTagCorrections } from './tags.ts';
import { nominalVerbs, withNominalVerbs } from './nominal-verbs.ts';
import { splitWordOccurrences } from './split-words.ts';
import { jiebaSmallCut, type SmallCut } from './small-cuts.ts';
import { branchingEntropy, cValue, npmi, rarity } from './measures.ts';

export interface RankOptions {
  /** Minimum frequency (default 2). */
  minFreq?: number;
  /** Longest candidate in characters (default: the counts' maxChars, 16). */
  maxLen?: number;
  /** Keep at most this many candidates (default: all). */
  top?: number;
  /** General-Chinese word frequencies (default: jieba's dictionary). */
  general?: GeneralFrequencies;
  /** jieba's small cuts, some made beforehand by counting workers (default: jieba, loaded if need be). */
  cutSmall?: SmallCut;
}

/** One candidate n-gram while it is being measured. */
interface Scored {
  e: number;
  ids: number[];
  term: string;
  chars: number;
  f: number;
  df: number;
  containSum: number;
  containCount: number;
  hl: number;
  hr: number;
  quoted: number;
  shape: number;
  boundary: number;
  /** A phrase of several jieba words that CC-CEDICT lists as one headword (可持续发展). */
  listed: boolean;
  viable: boolean;
  measures: Record<string, number>;
  score: number;
}

/**
 * Whether jieba cut a word between `left` and `right` (碳中|和 → 中和, 可|持续 → 可持续): the characters on either
 * side of the cut, or the two words whole, form a dictionary word that is no function word and can end a term.
 * The characters across the cut count only when one side is a single character or no dictionary word (碳中), and
 * only when they make a word at least as common as one of the two words jieba chose: 同发 (7 in jieba's
 * dictionary) does not glue 同|发展中国家.
 */
function glued(general: GeneralFrequencies, left: string, right: string): boolean {
  const across = left.slice(-1) + right.slice(0, 1);
  const leftFreq = general.freq(left);
  const rightFreq = general.freq(right);
  // two dictionary words of 2+ characters side by side are jieba's choice, not a word cut in two: 维护|国家主权 is
  // no 护国 (国家主权 is one of the dictionary's rare multi-word entries, so any word across would be as common)
  const twoWords = left.length >= 2 && right.length >= 2 && leftFreq > 0 && rightFreq > 0;
  const acrossCommon = !twoWords && general.freq(across) >= Math.min(leftFreq, rightFreq);
  return (acrossCommon && isHeadableWord(general, across)) || isHeadableWord(general, left + right);
}

/** A dictionary word (jieba's or CC-CEDICT's) that is no function word and can end a term. */
function isHeadableWord(general: GeneralFrequencies, w: string): boolean {
  const tag = general.tag(w);
  return (tag !== '' || isDictionaryHeadword(w)) && edgeBits(w) === 0 && canBeHead(tag);
}

/** `glued` by word ids, remembered: ranking asks about the same few hundred thousand pairs millions of times. */
type GluedIds = (left: number, right: number) => boolean;
function gluedIds(general: GeneralFrequencies, vocab: string[]): GluedIds {
  const memo = new Map<number, boolean>();
  const width = vocab.length;
  return (left, right) => {
    const key = left * width + right;
    let answer = memo.get(key);
    if (answer === undefined) {
      answer = glued(general, vocab[left], vocab[right]);
      memo.set(key, answer);
    }
    return answer;
  };
}

/**
 * Per-entry Σ c·ln c of its left and right one-word extensions: the input of branching entropy.
 * A plain verb before a noun phrase is a free neighbour (the phrase is its object), counted as distinct,
 * so 人类命运共同体 is not a fragment of 构建人类命运共同体 because 构建 always precedes it. So is a word that
 * may not stand at that edge of a term (的 after 新发展阶段, 与 before it): it marks a boundary, unless jieba
 * cut it off a word (和 after 碳中). So is an adverb after the phrase (全面 in 中国式现代化|全面|推进).
 */
function neighbourSums(
  counts: Counts,
  gluedPair: GluedIds,
  freeLeft: Uint8Array,
  freeRight: Uint8Array,
): { left: Float64Array; right: Float64Array } {
  const t = counts.table;
  const left = new Float64Array(t.size);
  const right = new Float64Array(t.size);
  for (let e = 0; e < t.size; e++) {
    const n = t.len[e];
    const c = t.count[e];
    if (n < 2 || c < 2) continue;
    const clogc = c * Math.log(c);
    const p = t.start[e];
    const prefix = t.find(t.pool, p, n - 1, hashIds(t.pool, p, n - 1));
    const last = t.pool[p + n - 1];
    const first = t.pool[p];
    if (prefix >= 0 && !(freeRight[last] && !gluedPair(t.pool[p + n - 2], last))) right[prefix] += clogc;
    const suffix = t.find(t.pool, p + 1, n - 1, hashIds(t.pool, p + 1, n - 1));
    if (suffix >= 0 && !(freeLeft[first] && !gluedPair(first, t.pool[p + 1]))) left[suffix] += clogc;
  }
  return { left, right };
}

function countOf(counts: Counts, ids: ArrayLike<number>, from: number, n: number): number {
  const e = counts.table.find(ids, from, n, hashIds(ids, from, n));
  return e < 0 ? 0 : counts.table.count[e];
}

/** Lowest NPMI over the ways of cutting the n-gram in two (1 for a single word). */
function weakestSplit(counts: Counts, ids: number[], f: number): number {
  let min = 1;
  for (let k = 1; k < ids.length; k++) {
    // a part pruned away has at least the frequency of the whole
    const fa = Math.max(f, countOf(counts, ids, 0, k));
    const fb = Math.max(f, countOf(counts, ids, k, ids.length - k));
    min = Math.min(min, npmi(f, fa, fb, counts.tokens));
  }
  return min;
}

/**
 * What every entry point ranks with: the table pruned once more if it has regrown past half its budget
 * (pruneForRanking), then ranked. Mutates `counts`.
 */
export function rankCounts(counts: Counts, options: RankOptions = {}): Candidate[] {
  pruneForRanking(counts);
  return rankCandidates(counts, options);
}

/**
 * Edge words that may not stand at an edge are still accepted when they are bound to the candidate:
 * the rest never occurs without them (十四五's numerals, 一个中国原则's 一个, 碳中和's 和 after jieba cut 碳/中/和).
 * A function word is bound only to a single character, i.e. when jieba cut inside a word.
 */
function edgesAllowed(counts: Counts, gluedPair: GluedIds, ids: ArrayLike<number>, f: number, bits: Int8Array, numberLike: Uint8Array): boolean {
  const n = ids.length;
  if (n === 1) return (bits[ids[0]] & (NOT_FIRST | NOT_LAST)) === 0;
  const first = ids[0];
  const last = ids[n - 1];
  // a small numeral or count opens a name (一个中国原则, 八大行动); a number never ends one (…第十四个);
  // a function word cut off a word by jieba (碳中|和, 可|持续发展) belongs to it
  if (bits[first] & NOT_FIRST) {
    const bound = numberLike[first] === 1 ? isSmallNumeral(counts.vocab[first]) : gluedPair(first, ids[1]);
    if (!bound || f < 0.9 * countOf(counts, ids, 1, n - 1)) return false;
  }
  if (bits[last] & NOT_LAST) {
    const bound = numberLike[last] !== 1 && gluedPair(ids[n - 2], last);
    if (!bound || f < 0.9 * countOf(counts, ids, 0, n - 1)) return false;
  }
  return true;
}

export function rankCandidates(counts: Counts, options: RankOptions = {}): Candidate[] {
  const minFreq = Math.max(1, options.minFreq ?? 2);
  const maxLen = options.maxLen ?? counts.maxChars;
  const dictionaryTags = withTagCorrections(options.general ?? generalFrequencies());
  // verbs that this corpus uses as nouns (社会治理。) are tagged vn for the shape and the free-neighbour rules
  const general = withNominalVerbs(dictionaryTags, nominalVerbs(counts, dictionaryTags));
  const cutSmall = options.cutSmall ?? jiebaSmallCut;
  const t = counts.table;
  const N = Math.max(1, counts.tokens);

  const bits = new Int8Array(counts.vocab.length);
  const numberLike = new Uint8Array(counts.vocab.length);
  const clauseMarker = new Uint8Array(counts.vocab.length);
  const verb = new Uint8Array(counts.vocab.length);
  const conjunction = new Uint8Array(counts.vocab.length);
  const adverb = new Uint8Array(counts.vocab.length);
  const tokenChars = new Int32Array(counts.vocab.length);
  const hanToken = new Uint8Array(counts.vocab.length);
  counts.vocab.forEach((w, id) => {
    const tag = general.tag(w);
    tokenChars[id] = w.length;
    hanToken[id] = HAN.test(w) ? 1 : 0;
    verb[id] = isPlainVerb(tag) ? 1 : 0;
    conjunction[id] = tag === 'c' ? 1 : 0;
    adverb[id] = isAdverbTag(tag) ? 1 : 0;
    bits[id] = edgeBits(w);
    numberLike[id] = isNumberLike(w) ? 1 : 0;
    clauseMarker[id] = isClauseMarker(w) ? 1 : 0;
  });
  const { openersOf, closerOf } = frameWords(counts);
  // words of the edge tables mark a boundary; numbers do not (五年 after …第十四个 continues a name);
  // a subject (中方 in 希望印方与中方相向而行) is a free left neighbour like a verb
  const subject = subjectWords(counts);
  const freeLeft = verb.map((v, id) => v | subject[id] | (edgeRestriction(counts.vocab[id]) & NOT_LAST ? 1 : 0));
  // an adverb after a phrase opens its predicate (中国式现代化|全面|推进, 生活水平|不断|提高): no term goes on through it
  const freeRight = verb.map((_, id) => (edgeRestriction(counts.vocab[id]) & NOT_FIRST || adverb[id] ? 1 : 0));
  const gluedPair = gluedIds(general, counts.vocab);
  const { left, right } = neighbourSums(counts, gluedPair, freeLeft, freeRight);
  // string occurrences that jieba cut inside a word (…协作|伙伴关系) count for the phrase ending in its first
  // part (…协作伙伴), with the rest of the word (关系) as their right neighbour
  const split = splitWordOccurrences(counts, cutSmall);
  const splitExtra = split.extra;
  for (const { entry, rest, count: c2 } of split.neighbours) {
    // a function word after the phrase is a free neighbour (see neighbourSums)
    if (edgeRestriction(rest) & NOT_FIRST) continue;
    const restId = counts.vocabIndex.get(rest);
    const ids = [...t.ids(entry), restId ?? -1];
    const c1 = restId === undefined ? 0 : countOf(counts, ids, 0, ids.length);
    right[entry] += (c1 + c2) * Math.log(c1 + c2) - (c1 >= 2 ? c1 * Math.log(c1) : 0);
  }
  const partners = { left: new Int32Array(counts.vocab.length), right: new Int32Array(counts.vocab.length) };
  const scored: Scored[] = [];
  const scoredOf = new Int32Array(t.size).fill(-1);
  for (let e = 0; e < t.size; e++) {
    const n = t.len[e];
    const f = t.count[e] + splitExtra[e];
    if (f < minFreq || n > counts.maxTokens) continue;
    const view = t.ids(e);
    let chars = 0;
    for (let k = 0; k < n; k++) chars += tokenChars[view[k]];
    if (chars < 2 || chars > maxLen) continue;
    const quotedMostly = t.quoted[e] * 2 >= f;
    // numbers alone (十四五) are proposed only when quoted
    if (!quotedMostly && (every(view, numberLike) || !edgesAllowed(counts, gluedPair, view, f, bits, numberLike))) continue;
    if (n > 1 && some(view, clauseMarker)) continue;
    if (!some(view, hanToken)) continue;
    // productivity counts the partners of every two-word candidate, fragments included
    if (n === 2) {
      partners.right[view[0]]++;
      partners.left[view[1]]++;
    }
    // …but half a frame (以实际行动, 同志为总书记) is a piece of a clause
    if (!framesComplete(view, openersOf, closerOf)) continue;
    // …and so is an n-gram seen mostly across the edge of a quotation (搞“疫苗, 推出“中国)
    if (t.crossing[e] * 2 >= f) continue;
    const hl = branchingEntropy(f, left[e]);
    const hr = branchingEntropy(f, right[e]);
    const quoted = t.quoted[e] / f;
    // one neighbour every time on one side: a fragment of a longer unit (人类命运, 带一路), never a term,
    // never a container (most n-grams of a large corpus: no record is made for them)
    const boundary = quoted >= 0.5 ? 1 : Math.min(hl, hr) / Math.log(Math.max(2, f));
    if (!(boundary > 0)) continue;
    const ids = Array.from(view);
    const term = ids.map((id) => counts.vocab[id]).join('');
    scoredOf[e] = scored.length;
    scored.push({ e, ids, term, chars, f, df: t.docFreq[e], containSum: 0, containCount: 0, hl, hr, quoted, shape: 1, boundary, listed: false, viable: false, measures: {}, score: 0 });
  }

  // Unit and shape first: they decide which candidates may count as containers in C-value.
  for (const s of scored) {
    const single = s.ids.length === 1;
    const parts = single ? wordParts(s.term, general, cutSmall) : s.ids.map((id) => counts.vocab[id]);
    // a span mostly in quotation or title marks (《巴黎协定》) is a name, whatever the tags of its words
    // a phrase that a general dictionary lists whole (可持续发展) is judged like one dictionary word, by its parts
    s.listed = !single && isDictionaryHeadword(s.term);
    s.shape = s.quoted >= 0.5 ? 1 : s.listed ? listedShapeFactor(parts, general) : shapeFactor(parts, general, single && parts.length > 1);
    // a word whose parts start or end like a clause (一是, 致力于) is no term either
    s.viable = !single || partsAllowed(parts) || s.quoted >= 0.5;
  }

  // C-value: a viable noun phrase (shape 1: no verb, a proper head) adds its frequency to the candidates
  // nested in it; a verb phrase (共建一带一路) takes no occurrences away from the noun phrase it holds
  for (const s of scored) {
    if (!s.viable || s.shape < 1) continue;
    const n = s.ids.length;
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j <= n; j++) {
        if (j - i === n) continue;
        // a conjunct (国际法 in 国际法|和|国际关系基本准则) occurs in its own right, not nested in the coordination
        if ((j < n && conjunction[s.ids[j]]) || (i > 0 && conjunction[s.ids[i - 1]])) continue;
        const e = t.find(s.ids, i, j - i, hashIds(s.ids, i, j - i));
        const inner = e < 0 ? -1 : scoredOf[e];
        if (inner >= 0) {
          scored[inner].containSum += s.f;
          scored[inner].containCount++;
        }
      }
    }
  }

  // …and the sequence holding the whole word (基本|公共服务) contains them (基本公共)
  for (const [into, holder] of split.holders) {
    const outer = scoredOf[holder];
    const inner = scoredOf[into];
    if (outer < 0 || inner < 0 || !scored[outer].viable || scored[outer].shape < 1) continue;
    scored[inner].containSum += scored[outer].f;
    scored[inner].containCount++;
  }

  const productivity = wordProductivity(partners);

  for (const s of scored) {
    if (!s.viable) continue;
    const single = s.ids.length === 1;
    // a dictionary unit (可持续发展) holds together by lexicalization as well as by its counts: halfway to a word's 1
    const split = single ? 1 : weakestSplit(counts, s.ids, s.f);
    const assoc = s.listed ? (1 + split) / 2 : split;
    const termhood = single ? rarity(general.freq(s.term), general.total) : NaN;
    const own = s.containCount === 0 ? s.f : Math.max(0, s.f - s.containSum / s.containCount);
    const cv = cValue(s.chars, s.f, s.containSum, s.containCount);
    const prod = single ? 1 : productivity(s.ids);
    s.measures = {
      npmi: round(assoc),
      entropyLeft: round(s.hl),
      entropyRight: round(s.hr),
      cvalue: round(cv),
      quoted: round(s.quoted),
      shape: round(s.shape),
      ...(single ? { termhood: round(termhood) } : { productivity: round(prod) }),
    };
    const specificity = single ? wordSpecificity(termhood, general.tag(s.term), s.chars) * (isEverydayWord(s.term) ? EVERYDAY_WORD : 1) : 1;
    s.score =
      Math.log2(1 + (single && isRareCompound(s.term, termhood, general.tag(s.term)) ? RARE_COMPOUND_CHARS : s.chars)) ** LENGTH_WEIGHT *
      Math.log(1 + own + s.quoted * s.f) *
      Math.max(0, assoc) *
      (BOUNDARY_FLOOR + s.boundary) *
      specificity *
      s.shape *
      prod ** PRODUCTIVITY_WEIGHT;
  }

  const ranked = oneCandidatePerTerm(scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)));
  const top = options.top === undefined ? ranked : ranked.slice(0, options.top);
  return top.map((s) => ({
    term: s.term,
    forms: [s.term],
    freq: s.f,
    docFreq: s.df,
    score: round(s.score),
    measures: s.measures,
    first: { file: '', line: 0 },
    contexts: [],
  }));
}

/**
 * jieba cuts one string differently in different clauses (互利|共赢 before 方向, 互利|共|赢 before 的): each cut
 * is an n-gram of its own, and both would be listed under the one term. They are one candidate, ranked by its
 * better-scored cut (the first in `ranked`), whose frequency adds the occurrences of every cut (each occurrence
 * was counted under one cut only). Document frequency is the larger of the cuts': the documents may overlap.
 */
function oneCandidatePerTerm(ranked: Scored[]): Scored[] {
  const byTerm = new Map<string, Scored>();
  const out: Scored[] = [];
  for (const s of ranked) {
    const first = byTerm.get(s.term);
    if (first === undefined) {
      byTerm.set(s.term, s);
      out.push(s);
    } else {
      first.f += s.f;
      first.df = Math.max(first.df, s.df);
    }
  }
  return out;
}

/**
 * How productive the words of a phrase are inside the corpus's two-word candidates (Nakagawa & Mori's LR):
 * the geometric mean over its words of √((distinct left partners + 1)(distinct right partners + 1)), the partners
 * counted over every two-word n-gram that passes the edge filters (rankCandidates' first loop).
 * 关系 heads 中美关系, 中日关系, 国际关系 …; a word that combines with many others builds a paradigm of terms.
 */
function wordProductivity(partners: { left: Int32Array; right: Int32Array }): (ids: number[]) => number {
  return (ids) => {
    let logSum = 0;
    for (const id of ids) logSum += 0.5 * (Math.log(partners.left[id] + 1) + Math.log(partners.right[id] + 1));
    return Math.exp(logSum / ids.length);
  };
}

/**
 * The frames (以…为) by token id, for framesComplete: the openers of each closer, and the closer of each opener that
 * needs one. A word never seen gets an id no word has, so nothing can complete its frame.
 */
function frameWords(counts: Counts): { openersOf: Map<number, number[]>; closerOf: Int32Array } {
  const unseen = counts.vocab.length;
  const closerOf = new Int32Array(unseen).fill(-1);
  const openersOf = new Map<number, number[]>();
  for (const { opener, closer, open } of frames()) {
    const o = counts.vocabIndex.get(opener) ?? unseen;
    const c = counts.vocabIndex.get(closer) ?? unseen;
    if (!open && o < unseen) closerOf[o] = c;
    if (c < unseen) openersOf.set(c, [...(openersOf.get(c) ?? []), o]);
  }
  return { openersOf, closerOf };
}

/**
 * Words that open most of their clauses (中方 28 times in 36, 双方, 我们) act as subjects in this corpus: what
 * follows them is a predicate, so they are no evidence that a phrase after them is a piece of a longer term.
 * Learned from the counts (unigram clause-start share), no word list.
 */
function subjectWords(counts: Counts): Uint8Array {
  const t = counts.table;
  const subject = new Uint8Array(counts.vocab.length);
  for (let id = 0; id < counts.vocab.length; id++) {
    const e = t.find([id], 0, 1, hashIds([id], 0, 1));
    if (e >= 0 && t.count[e] >= SUBJECT_MIN_FREQ && t.leftEdge[e] >= SUBJECT_CLAUSE_START * t.count[e]) subject[id] = 1;
  }
  return subject;
}

/**
 * A three-character dictionary word that general Chinese rarely uses, outside the HSK lists and no place or
 * person name (党中央, 国际法): a compound term, measured by the length factor as if it had four characters.
 */
function isRareCompound(word: string, rarity: number, tag: string): boolean {
  return word.length === 3 && rarity >= RARE_COMPOUND_RARITY && tag !== '' && !NAME_TAGS.has(tag) && !isEverydayWord(word);
}

/** A Chinese term holds at least one Han character (Public, domain, 5G alone are not proposed). */
const HAN = /\p{Script=Han}/u;

// Weights of the formula (docs/extract.md explains each).
/** Exponent of the productivity factor of phrases (0: ignored). */
const PRODUCTIVITY_WEIGHT = 0.3;
const LENGTH_WEIGHT = 1;
/** −ln p in general Chinese from which a three-character word counts as a rare compound (党中央 10.0, 国际法 11.9). */
const RARE_COMPOUND_RARITY = 9;
const RARE_COMPOUND_CHARS = 4;
/** Jieba's tags of place and person names (新加坡, 阿拉伯): rare, but no compound terms. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg']);
/** A word seen this often that opens at least this share of its clauses is a subject. */
const SUBJECT_MIN_FREQ = 3;
const SUBJECT_CLAUSE_START = 0.5;
/** What a candidate with one dominant neighbour keeps of its score (boundary 0 drops it altogether). */
const BOUNDARY_FLOOR = 0.5;
/** −ln p of a word in general Chinese: below RARITY_COMMON (p ≈ 1/400) a word is everyday vocabulary. */
const RARITY_COMMON = 6;
const RARITY_SPAN = 6;
const RARITY_SPAN_NAMES = 4;

/**
 * Names and fixed expressions (jieba tags nt, ns, nr, nz, j, l, i) are terms by nature; a common noun, verb or
 * adjective of 2–3 characters (里程碑, 韧性, 活力) is vocabulary more often than a term. Unknown words (tag '')
 * were made by jieba's HMM and are mostly names (王毅).
 */
const FIXED_TAGS = new Set(['nt', 'ns', 'nr', 'nz', 'nrt', 'nrfg', 'j', 'l', 'i', '']);
const COMMON_WORD = 0.6;

/** Termhood of a single word from its general rarity r; names and compounds of 4+ characters need less of it. */
function wordSpecificity(r: number, tag: string, chars: number): number {
  // a dictionary word of 4+ characters is a compound (公平正义, 边界问题), whatever its tag
  if (FIXED_TAGS.has(tag) || chars >= 4) return clamp((r - RARITY_COMMON) / RARITY_SPAN_NAMES, 0.05, 1);
  return clamp((r - RARITY_COMMON) / RARITY_SPAN, 0.05, 1) * COMMON_WORD;
}

/**
 * A single word in the HSK vocabulary (2.0 or 3.0, any level) is general Chinese that learners are taught
 * (合作, 疫苗, 深化, 里程碑): a term far less often than a word outside it (党中央, 多边主义, 一国两制).
 */
const EVERYDAY_WORD = 0.5;
function isEverydayWord(word: string): boolean {
  // four-character entries (独立自主, 实事求是) are set phrases that learners are taught as such
  return word.length < 4 && hskLevels(word, []) !== null;
}

/** Whether `flags` is set for some / every id (loops: ranking tests millions of n-grams). */
function some(ids: ArrayLike<number>, flags: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (flags[ids[k]]) return true;
  return false;
}
function every(ids: ArrayLike<number>, flags: Uint8Array): boolean {
  for (let k = 0; k < ids.length; k++) if (!flags[ids[k]]) return false;
  return true;
}

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
