// The grammatical shape of a candidate, read from jieba's part-of-speech tags: terms are names and noun
// phrases (人类命运共同体, 边界问题), not verb phrases or adverbial ones (完全符合, 积极开展).
// A single jieba word of 3+ characters is often a phrase in the dictionary (完全符合 3 i): it is judged by its parts.
import type { GeneralFrequencies } from '../segment/index.ts';
import { jiebaSmallCut, type SmallCut } from './small-cuts.ts';
import { NOT_FIRST, NOT_LAST, canBeHead, edgeRestriction, isAdverbTag, isPlainVerb, isTitleOfOffice } from './boundary.ts';

/** Factors of the formula (docs/extract.md). */
export const SHAPE = {
  /** Last word an adverb, adjective, pronoun, particle, time or locality word; a lone verb; a word that starts with an adverb. */
  nonHead: 0.3,
  /** jieba tags many nouns as verbs (协定, 治理), so a verb costs less than an adverb. */
  verbHead: 0.7,
  verbFirst: 0.7,
  verbInside: 0.7,
} as const;

/** jieba's tags of names (nr people, ns places, nz others) and of words its HMM made up (mostly names: 王毅). */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nz', '']);
/**
 * jieba's tag of adjectives used as adverbs of manner (积极, 切实, 充分, 坚决; 全面 by resources/extract/tags.txt): before a verb
 * always an instruction. Plain adverbs (d) are not held against a phrase: 初次分配, 共同富裕 are terms.
 */
const ADVERBIAL_ADJECTIVE = 'ad';

/** jieba's tags of adjectives (富裕 a); ad, an adjective used as an adverb, is no head of this kind. */
function isAdjective(tag: string): boolean {
  return tag === 'a' || tag === 'an';
}

/** Words the edge tables let start but not end a term are adverbs of manner (积极, 大力, 深入, 全力 …). */
function isAdverbLike(word: string): boolean {
  return edgeRestriction(word) === NOT_LAST;
}

/**
 * The parts of one jieba word: its dictionary sub-words (≤ 2 characters) when it has 3 or more characters,
 * its characters when it is a 2-character word jieba's HMM made up (我要, 一是), else the word itself.
 */
export function wordParts(word: string, general: GeneralFrequencies, cutSmall: SmallCut = jiebaSmallCut): string[] {
  if (word.length >= 3) {
    const parts = cutSmall(word, 2);
    return parts.length > 1 ? parts : [word];
  }
  if (word.length === 2 && general.freq(word) === 0 && /^\p{Script=Han}+$/u.test(word)) return [...word];
  return [word];
}

/** False when the first part may not start, or the last part may not end, a term (一是, 致力于, 相互了解). */
export function partsAllowed(parts: string[]): boolean {
  if (parts.length < 2) return true;
  return (edgeRestriction(parts[0]) & NOT_FIRST) === 0 && (edgeRestriction(parts[parts.length - 1]) & NOT_LAST) === 0;
}

/**
 * Product of the shape factors of a candidate's words. The parts of one dictionary word are judged only by
 * their first part: an adverb there makes an adverbial phrase of it (完全符合, 积极开展); verbs and heads are
 * not held against an idiom (守望/相助, 休戚/与/共).
 */
export function shapeFactor(words: string[], general: GeneralFrequencies, parts = false): number {
  const n = words.length;
  const headTag = general.tag(words[n - 1]);
  // an adverb before a verb (大力发展, 深入开展, 积极开展, 全面落实): an instruction, not a name
  const adverbVerb = n > 1 && (isAdverbLike(words[0]) || general.tag(words[0]) === ADVERBIAL_ADJECTIVE) && (isPlainVerb(headTag) || headTag === 'vn');
  // …and so does a plain adverb before a verb (完全|符合); before an adjective it may open a term (共同|富裕)
  if (parts) return adverbVerb || (n > 1 && isAdverbTag(general.tag(words[0])) && !isAdjective(headTag)) ? SHAPE.nonHead : 1;
  let f = isPlainVerb(headTag) ? (n === 1 ? SHAPE.nonHead : SHAPE.verbHead) : canBeHead(headTag) ? 1 : SHAPE.nonHead;
  if (n > 1 && isPlainVerb(general.tag(words[0]))) f *= SHAPE.verbFirst;
  if (adverbVerb) f *= SHAPE.nonHead;
  // inside: between the first and the last word (the head is judged above)
  if (words.some((w, i) => i > 0 && i < n - 1 && isPlainVerb(general.tag(w)))) f *= SHAPE.verbInside;
  // a name after a title of office (国家|主席|胡锦涛, 外交部长|王毅) is a person, not a term
  if (n > 1 && isTitleOfOffice(words[n - 2]!) && NAME_TAGS.has(headTag)) f *= SHAPE.nonHead;
  return f;
}

/**
 * A phrase that a general dictionary lists whole (可持续发展, 改革开放) is lexicalized: its verbs are no sign of a
 * free verb phrase, so it is judged like one dictionary word; a word that cannot head a term still ends it
 * (发展|中 is listed, but 中 marks it as a piece of 发展中国家).
 */
export function listedShapeFactor(words: string[], general: GeneralFrequencies): number {
  const headTag = general.tag(words[words.length - 1]);
  if (!canBeHead(headTag) && !isPlainVerb(headTag)) return SHAPE.nonHead;
  return shapeFactor(words, general, true);
}
