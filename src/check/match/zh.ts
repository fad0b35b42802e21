// Finding glossary terms in Chinese source segments: one Aho–Corasick automaton over every folded key,
// jieba word boundaries so that a term inside a longer word is no hit (共产党 in 共产党员), and the longest
// term kept where hits overlap (人类命运共同体 over 命运共同体).
import AhoCorasick from 'modern-ahocorasick';
import { generalFrequencies } from '../../segment/dictionary.ts';
import { cutWords } from '../../segment/jieba.ts';
import { UNIT, toAsciiCode } from './ascii-code.ts';
import { AFTER_PLACE_TAGS, HEAD_TAGS, HOME_PLACES, MAX_NAME_WORDS, NAME_BODY_TAGS, NAME_HEADS, NAME_START_TAGS, PLACE_TAGS, DIVISION_ENDINGS, TITLES, TITLE_MODIFIERS } from './zh-names.ts';
import { CLOSING_QUOTES, OPENING_QUOTES, foldSource } from './zh-normalize.ts';

/** [start, end) in the folded segment. */
type Span = { start: number; end: number };

export interface ZhHit {
  /** Index of the term in the list the matcher was built from. */
  term: number;
  /** [start, end) in the original segment. */
  start: number;
  end: number;
  /** The term as written, with the quotation marks around it when it is quoted. */
  surface: string;
  quoted: boolean;
  /** The longer jieba word the term sits in when that word is a compound (进口关税 for 关税): it may be translated as a whole. */
  compound?: string;
  /** The longer proper name the term is part of (美国环保局, 伦敦奥运会): the name may be translated as a whole. */
  name?: string;
  /** The title or division a place-name term qualifies (美国前总统, 美国乔治亚州): English may leave the place out. */
  qualifies?: string;
  /**
   * Terms that overlap this hit without containing it or lying inside it, and lost to it (改革开放 across
   * 全面深化改革 in 全面深化改革开放): the source may be read with them instead.
   */
  crossedBy?: number[];
}

export interface ZhMatcherOptions {
  /** Reject a hit that lies inside a longer jieba word (default true). */
  wordBoundaries?: boolean;
}

const DEFAULT_OPTIONS: Required<ZhMatcherOptions> = { wordBoundaries: true };

export class ZhMatcher {
  readonly #automaton: AhoCorasick<number[]>;
  readonly #options: Required<ZhMatcherOptions>;

  /** `keys` must already be folded (normalizeTerm); equal keys share their hits. */
  constructor(keys: readonly string[], options: ZhMatcherOptions = {}) {
    this.#options = { ...DEFAULT_OPTIONS, ...options };
    const byKey = new Map<string, number[]>();
    keys.forEach((k, i) => {
      if (k === '') return;
      const list = byKey.get(k);
      if (list) list.push(i);
      else byKey.set(k, [i]);
    });
    this.#automaton = new AhoCorasick([...byKey].map(([key, data]) => ({ pattern: toAsciiCode(key), data })));
  }

  find(text: string): ZhHit[] {
    const { norm, origin } = foldSource(text);
    const raw = this.#automaton
      .search(toAsciiCode(norm))
      .filter((m) => m.start % UNIT === 0)
      .map((m) => ({ start: m.start / UNIT, end: m.end / UNIT, data: m.data }));
    if (raw.length === 0) return [];
    const words = this.#options.wordBoundaries ? wordSpans(norm, raw) : undefined;
    // A hit whose edges fall on word boundaries beats one that cuts a word (改革开放 over 深化改革 in 深化改革开放).
    const aligned = (m: { start: number; end: number }): number => (words === undefined || (words.starts.has(m.start) && words.ends.has(m.end)) ? 1 : 0);
    const accepted = raw
      .filter((m) => words === undefined || (!words.inside(m.start, m.end) && !words.glued(m.start, m.end)))
      .sort((a, b) => aligned(b) - aligned(a) || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const taken: { start: number; end: number; hits: ZhHit[] }[] = [];
    const hits: ZhHit[] = [];
    for (const m of accepted) {
      const overlapped = taken.filter((t) => m.start < t.end && t.start < m.end);
      if (overlapped.length > 0) {
        for (const t of overlapped) {
          if ((m.start < t.start && m.end < t.end) || (m.start > t.start && m.end > t.end)) {
            for (const hit of t.hits) hit.crossedBy = [...new Set([...(hit.crossedBy ?? []), ...(m.data ?? [])])];
          }
        }
        continue;
      }
      const own: ZhHit[] = [];
      taken.push({ start: m.start, end: m.end, hits: own });
      const start = origin[m.start]!;
      const end = origin[m.end - 1]! + 1;
      const quoted = OPENING_QUOTES.includes(text[start - 1] ?? '\0') && CLOSING_QUOTES.includes(text[end] ?? '\0');
      const surface = quoted ? text.slice(start - 1, end + 1) : withPartOfQuote(text, start, end);
      const compound = words?.container(m.start, m.end);
      const name = compound === undefined ? words?.name(m.start, m.end) : undefined;
      const qualifies = compound === undefined && name === undefined ? words?.qualifies(m.start, m.end) : undefined;
      for (const term of m.data ?? []) {
        const hit: ZhHit = { term, start, end, surface, quoted };
        if (compound) hit.compound = compound;
        if (name) hit.name = name;
        if (qualifies) hit.qualifies = qualifies;
        hits.push(hit);
        own.push(hit);
      }
    }
    return hits.sort((a, b) => a.start - b.start || a.term - b.term);
  }
}

/**
 * The term as written, with the mark that opens or closes a quotation holding part of it (“一带一路”建设 for
 * 一带一路建设, 建设“一带一路” for 建设一带一路), so that the form shows the quotation marks it has.
 */
function withPartOfQuote(text: string, start: number, end: number): string {
  const inner = text.slice(start, end);
  const opensBefore = OPENING_QUOTES.includes(text[start - 1] ?? '\0') && [...CLOSING_QUOTES].some((c) => inner.includes(c));
  const closesAfter = CLOSING_QUOTES.includes(text[end] ?? '\0') && [...OPENING_QUOTES].some((c) => inner.includes(c));
  return `${opensBefore ? text[start - 1] : ''}${inner}${closesAfter ? text[end] : ''}`;
}

/** Dictionary words at least this long may be compounds read as several words (进口关税 = 进口 + 关税). */
const MIN_COMPOUND = 4;

/** jieba's tags for names of places and people: 巴西利亚 is a name, not 巴西 + 利亚. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg']);

/**
 * Whether a jieba word is a compound that holds the term as a word of its own: the word is no name, and the
 * pieces next to the term inside it are dictionary words of two or more characters (全国人大常委会 = 全国人大 +
 * 常委 会, 台湾同胞 = 台湾 + 同胞). A term glued to a one-character affix is part of another word: 共产党员
 * (共产党 + 员), 发展中国家 (中国 + 家).
 */
function isCompound(norm: string, word: Span, start: number, end: number): boolean {
  if (word.end - word.start < MIN_COMPOUND) return false;
  const dictionary = generalFrequencies();
  if (NAME_TAGS.has(dictionary.tag(norm.slice(word.start, word.end)))) return false;
  const isWord = (w: string): boolean => w.length >= 2 && dictionary.freq(w) > 0 && !NAME_TAGS.has(dictionary.tag(w));
  const before = start > word.start ? cutWords(norm.slice(word.start, start)).at(-1)! : undefined;
  const after = end < word.end ? cutWords(norm.slice(end, word.end))[0]! : undefined;
  return (before === undefined || isWord(before)) && (after === undefined || isWord(after));
}

interface WordSpans {
  starts: Set<number>;
  ends: Set<number>;
  /** Whether [start, end) lies strictly inside one longer jieba word that is no compound holding it. */
  inside(start: number, end: number): boolean;
  /** The longer compound word that holds [start, end), if any. */
  container(start: number, end: number): string | undefined;
  /**
   * Whether an edge of [start, end) cuts a word so that a single character of the term belongs to the word
   * beside it, a dictionary word: 中拉 in 中|拉拢, 人权 in 当事人|权益, 党中央 in 越南共产党|中央委员会.
   */
  glued(start: number, end: number): boolean;
  /** The longer proper name that [start, end) begins or ends (see zh-names.ts), if any. */
  name(start: number, end: number): string | undefined;
  /** The title or division that the place name at [start, end) qualifies (see zh-names.ts), if any. */
  qualifies(start: number, end: number): string | undefined;
}

/** Context cut with each hit: enough for jieba to see the words around it (and names of a few words), far less than a long segment. */
const WINDOW = 10;

/** jieba's words around the hits of one folded segment, with what the name rules below ask of them. */
interface Words {
  norm: string;
  spans: readonly Span[];
  /** jieba's dictionary tag of word i. */
  tag(i: number): string;
  text(i: number): string;
  /** Index of the word that is exactly [start, end), or -1. */
  exactly(start: number, end: number): number;
  /** Whether word i starts where word i - 1 ends (the windows cut around hits leave gaps between them). */
  adjacent(i: number): boolean;
  /** Whether word w is the place name at [start, end) with its division's ending (广东|省, 北京|市): the place itself. */
  placeWithDivision(w: Span, start: number, end: number): boolean;
}

/** jieba's words around the hits: windows of WINDOW characters either side, merged where they touch. */
function wordSpans(norm: string, hits: readonly Span[]): WordSpans {
  const windows: [number, number][] = [];
  for (const h of [...hits].sort((a, b) => a.start - b.start)) {
    const from = Math.max(0, h.start - WINDOW);
    const to = Math.min(norm.length, h.end + WINDOW);
    const last = windows.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else windows.push([from, to]);
  }
  const spans: Span[] = [];
  for (const [from, to] of windows) {
    let offset = from;
    for (const w of cutWords(norm.slice(from, to))) {
      spans.push({ start: offset, end: offset + w.length });
      offset += w.length;
    }
  }
  const dictionary = generalFrequencies();
  const text = (i: number): string => norm.slice(spans[i]!.start, spans[i]!.end);
  const words: Words = {
    norm,
    spans,
    tag: (i) => dictionary.tag(text(i)),
    text,
    exactly: (start, end) => spans.findIndex((w) => w.start === start && w.end === end),
    adjacent: (i) => i < spans.length && spans[i]!.start === spans[i - 1]!.end,
    placeWithDivision: (w, start, end) =>
      w.start === start && w.end === end + 1 && DIVISION_ENDINGS.includes(norm[end]!) && PLACE_TAGS.has(dictionary.tag(norm.slice(start, end))),
  };
  const longer = (start: number, end: number): Span | undefined =>
    spans.find((w) => w.start <= start && end <= w.end && w.end - w.start > end - start && !words.placeWithDivision(w, start, end));
  return {
    starts: new Set(spans.map((w) => w.start)),
    ends: new Set(spans.map((w) => w.end)),
    inside: (start, end) => {
      const w = longer(start, end);
      return w !== undefined && !isCompound(norm, w, start, end);
    },
    container: (start, end) => {
      const w = longer(start, end);
      return w === undefined ? undefined : norm.slice(w.start, w.end);
    },
    // Only a dictionary word counts: a word jieba's HMM made up (脱|欧下) is no evidence.
    glued: (start, end) =>
      spans.some(
        (w) =>
          ((w.start < start && start < w.end && w.end - start === 1 && w.end < end) || (w.start < end && end < w.end && end - w.start === 1 && w.start > start)) &&
          dictionary.freq(norm.slice(w.start, w.end)) > 0,
      ),
    name: (start, end) => longerName(words, start, end) ?? cutName(words, start, end),
    qualifies: (start, end) => qualifiedHead(words, start, end),
  };
}

/**
 * The name that the term at [start, end) cuts into: jieba reads one of its edge characters as part of a place or
 * organisation name (英美两国|领导人 for 两国领导人), so the term is entangled with a name that English renders whole.
 * A place with its division's ending (广东|省) is the place itself, no name it cuts into.
 */
function cutName(words: Words, start: number, end: number): string | undefined {
  const cut = words.spans.findIndex((w) => ((w.start < start && start < w.end) || (w.start < end && end < w.end)) && !words.placeWithDivision(w, start, end));
  if (cut < 0 || !NAME_START_TAGS.has(words.tag(cut))) return undefined;
  const w = words.spans[cut]!;
  return words.norm.slice(Math.min(w.start, start), Math.max(w.end, end));
}

/**
 * The official's title or division of a place that the place name at [start, end) qualifies: 美国|前|总统,
 * 中国|国家|主席, 美国|乔治亚州. The term must be one jieba word tagged as a place; at most two modifiers between.
 */
function qualifiedHead(words: Words, start: number, end: number): string | undefined {
  const at = words.exactly(start, end);
  if (at < 0 || !PLACE_TAGS.has(words.tag(at))) return undefined;
  let i = at + 1;
  while (words.adjacent(i) && i <= at + 2 && TITLE_MODIFIERS.has(words.text(i))) i++;
  if (!words.adjacent(i)) return undefined;
  const head = words.text(i);
  const title = TITLES.some((h) => head.endsWith(h));
  // a division's name has a proper name before the ending (乔治亚|州); jieba tags 城市 as a place too
  const division = i === at + 1 && head.length >= 3 && PLACE_TAGS.has(words.tag(i)) && DIVISION_ENDINGS.some((h) => head.endsWith(h));
  return title || division ? words.norm.slice(start, words.spans[i]!.end) : undefined;
}

/**
 * The longer proper name that the term at [start, end) is part of: a place name right before a term that is an
 * organisation, event or locality (伦敦|奥运会, 塞纳河|两岸), or an institution's name that the term begins
 * (美国|国家|飓风|中心). The term must be one jieba word.
 */
function longerName(words: Words, start: number, end: number): string | undefined {
  const at = words.exactly(start, end);
  if (at < 0) return undefined;
  const tag = words.tag(at);
  const before = at - 1;
  if (before >= 0 && words.adjacent(at) && AFTER_PLACE_TAGS.has(tag) && PLACE_TAGS.has(words.tag(before)) && !HOME_PLACES.has(words.text(before))) {
    return words.norm.slice(words.spans[before]!.start, end);
  }
  if (!NAME_START_TAGS.has(tag)) return undefined;
  for (let i = at + 1; words.adjacent(i) && i <= at + MAX_NAME_WORDS; i++) {
    if (!NAME_BODY_TAGS.has(words.tag(i))) return undefined;
    if (HEAD_TAGS.has(words.tag(i)) || NAME_HEADS.some((h) => words.text(i).endsWith(h))) return words.norm.slice(start, words.spans[i]!.end);
  }
  return undefined;
}
