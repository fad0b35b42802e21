// The lint rules: a table of small functions, each with an id (textlint style). A rule reads the whole glossary
// and returns the entries it objects to; lint.ts turns them into problems with file:line.
// Message template throughout: "Unexpected `X`, use `Y` instead" where there is a fix to name.
import type { GlossaryEntry } from '../types.ts';
import { englishKey } from '../check/match/en.ts';
import { normalizeRendering, normalizeTerm, toSimplifiedForm } from './normalize.ts';
import type { ProblemSeverity } from './problem.ts';

export interface RuleHit {
  entry: GlossaryEntry;
  message: string;
}

export interface LintRule {
  id: string;
  severity: ProblemSeverity;
  /** One line for `zhterm glossary lint --rules` and the docs. */
  description: string;
  check(entries: readonly GlossaryEntry[]): RuleHit[];
}

/** Adapts a check of one entry (returning messages) to a rule over the glossary. */
function eachEntry(check: (entry: GlossaryEntry) => string[]): (entries: readonly GlossaryEntry[]) => RuleHit[] {
  return (entries) => entries.flatMap((entry) => check(entry).map((message) => ({ entry, message })));
}

const where = (entry: GlossaryEntry) => (entry.origin ? `${entry.origin.file}:${entry.origin.line}` : 'another entry');

/** For each entry, the first earlier entry with the same normalized zh (or undefined). */
function earlierSameTerm(entries: readonly GlossaryEntry[]): { entry: GlossaryEntry; first: GlossaryEntry }[] {
  const firstByKey = new Map<string, GlossaryEntry>();
  const pairs: { entry: GlossaryEntry; first: GlossaryEntry }[] = [];
  for (const entry of entries) {
    const key = normalizeTerm(entry.zh);
    const first = firstByKey.get(key);
    if (first) pairs.push({ entry, first });
    else firstByKey.set(key, entry);
  }
  return pairs;
}

const renderings = (entry: GlossaryEntry) => [entry.en, ...entry.enAdmitted, ...entry.enDeprecated];

// Han characters, ASCII letters and digits (G20, 5G), the middle dot of transliterated names, quotation and title
// marks, and what official slogans and names contain: 、 (不忘初心、牢记使命), dashes (中国—中东欧), + (互联网+政务服务).
const ZH_ALLOWED = /^[\p{Script=Han}A-Za-z0-9·・“”‘’「」『』《》〈〉、—–+\-]+$/u;
const HAN = /\p{Script=Han}/u;
// Tone-marked pinyin: letters, ü, tone-marked vowels, spaces, apostrophes (xī'ān) and hyphens (yī-èr-jiǔ), plus
// what a term carries over unchanged: digits (2035 nián), + (Hùliánwǎng+) and the dots and dashes of names.
const PINYIN_ALLOWED = /^[a-zA-ZüÜāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙ0-9' +·—–\-]+$/;
// A tone number is a digit 1–5 right after a syllable (yi2dai4), not a number of the term (2035 nián, G20).
const TONE_NUMBER = /[a-zü][1-5](?![0-9])/i;

export const RULES: LintRule[] = [
  {
    id: 'duplicate',
    severity: 'error',
    description: 'The same term (after simplified/traditional, width and quotation-mark folding) with the same rendering twice.',
    check: (entries) =>
      earlierSameTerm(entries)
        .filter(({ entry, first }) => normalizeRendering(entry.en) === normalizeRendering(first.en))
        .map(({ entry, first }) => ({ entry, message: `Duplicate of \`${first.zh}\` at ${where(first)}` })),
  },
  {
    id: 'conflict',
    severity: 'error',
    description: 'The same term with a different preferred rendering elsewhere in the glossary.',
    check: (entries) =>
      earlierSameTerm(entries)
        .filter(({ entry, first }) => normalizeRendering(entry.en) !== normalizeRendering(first.en))
        .map(({ entry, first }) => ({
          entry,
          message: `Conflicting rendering of \`${entry.zh}\`: \`${entry.en}\` here, \`${first.en}\` at ${where(first)} (keep one; list the other as admitted or deprecated)`,
        })),
  },
  {
    id: 'preferred-deprecated',
    severity: 'error',
    description: 'A rendering that is both preferred (en) and deprecated, as the checker matches them (hyphens as spaces, articles and inflections ignored).',
    check: eachEntry((entry) =>
      entry.enDeprecated.some((d) => checkerKey(d) === checkerKey(entry.en))
        ? [`Unexpected \`${entry.en}\` as both preferred and deprecated rendering of \`${entry.zh}\``]
        : [],
    ),
  },
  {
    id: 'admitted-deprecated',
    severity: 'error',
    description: 'A rendering that is both admitted and deprecated, as the checker matches them.',
    check: eachEntry((entry) => {
      const deprecated = new Set(entry.enDeprecated.map(checkerKey));
      return entry.enAdmitted
        .filter((a) => deprecated.has(checkerKey(a)))
        .map((a) => `Unexpected \`${a}\` as both admitted and deprecated rendering of \`${entry.zh}\``);
    }),
  },
  {
    id: 'repeated-rendering',
    severity: 'warning',
    description: 'A rendering listed twice in one entry (the preferred one again as admitted, or an item repeated).',
    check: eachEntry((entry) => {
      const seen = new Set<string>();
      const repeated: string[] = [];
      for (const r of [entry.en, ...entry.enAdmitted]) {
        const key = normalizeRendering(r);
        if (seen.has(key)) repeated.push(`Unexpected repeated rendering \`${r}\` of \`${entry.zh}\``);
        seen.add(key);
      }
      return repeated;
    }),
  },
  {
    id: 'zh-traditional',
    severity: 'error',
    description: 'The zh column holds simplified Chinese; traditional forms are derived from it.',
    check: eachEntry((entry) => {
      const simplified = toSimplifiedForm(entry.zh);
      return simplified !== entry.zh.normalize('NFKC') ? [`Unexpected traditional form \`${entry.zh}\`, use \`${simplified}\` instead`] : [];
    }),
  },
  {
    id: 'zh-form',
    severity: 'error',
    description: 'zh is a Chinese term: Han characters (with ASCII letters or digits such as G20, and 、 — + as in official slogans), no spaces, no full-width ASCII.',
    check: eachEntry((entry) => {
      const nfkc = entry.zh.normalize('NFKC');
      if (nfkc !== entry.zh) return [`Unexpected full-width or compatibility characters in \`${entry.zh}\`, use \`${nfkc}\` instead`];
      if (!HAN.test(entry.zh)) return [`Unexpected \`${entry.zh}\` in zh: it has no Chinese characters`];
      const bad = [...entry.zh].filter((ch) => !ZH_ALLOWED.test(ch));
      return bad.length > 0 ? [`Unexpected ${bad.map((ch) => JSON.stringify(ch)).join(', ')} in zh \`${entry.zh}\``] : [];
    }),
  },
  {
    id: 'en-form',
    severity: 'error',
    description: 'English renderings hold no Chinese characters, no doubled spaces and no full-width ASCII.',
    check: eachEntry((entry) =>
      renderings(entry).flatMap((r) => {
        if (HAN.test(r)) return [`Unexpected Chinese characters in the rendering \`${r}\``];
        if (/\s{2,}/.test(r)) return [`Unexpected doubled space in \`${r}\`, use \`${r.replace(/\s+/g, ' ')}\` instead`];
        if (/[\uFF01-\uFF5E]/.test(r)) return [`Unexpected full-width characters in \`${r}\`, use \`${r.normalize('NFKC')}\` instead`];
        return [];
      }),
    ),
  },
  {
    id: 'pinyin-form',
    severity: 'error',
    description: 'The pinyin override is tone-marked pinyin (rénlèi mìngyùn gòngtóngtǐ), not tone numbers or other text.',
    check: eachEntry((entry) => {
      if (entry.pinyin === undefined) return [];
      if (TONE_NUMBER.test(entry.pinyin)) return [`Unexpected tone numbers in pinyin \`${entry.pinyin}\`, use tone marks instead`];
      return PINYIN_ALLOWED.test(entry.pinyin.normalize('NFC')) ? [] : [`Unexpected characters in pinyin \`${entry.pinyin}\` of \`${entry.zh}\``];
    }),
  },
  {
    id: 'pinyin-orthography',
    severity: 'warning',
    description: 'A pinyin override of three or more characters written syllable by syllable; GB/T 16159-2012 joins the syllables of a word.',
    check: eachEntry((entry) => {
      if (entry.pinyin === undefined) return [];
      const han = [...entry.zh].filter((ch) => HAN.test(ch)).length;
      const tokens = entry.pinyin.trim().split(/\s+/);
      return han >= 3 && tokens.length === han
        ? [`Unexpected syllable-by-syllable pinyin \`${entry.pinyin}\` of \`${entry.zh}\`: join the syllables of each word (rénlèi mìngyùn gòngtóngtǐ), or leave the column empty to use the computed pinyin`]
        : [];
    }),
  },
  {
    id: 'no-source',
    severity: 'warning',
    description: 'An entry that does not say where its rendering is attested (source): translators trust what they can check.',
    check: eachEntry((entry) => (entry.source === undefined ? [`Unexpected entry \`${entry.zh}\` without a source: name where \`${entry.en}\` is attested`] : [])),
  },
  {
    id: 'list-separator',
    severity: 'warning',
    description: 'A `;` in a rendering: usually a list written with the separator of termbase workbooks instead of |.',
    check: eachEntry((entry) =>
      renderings(entry)
        .filter((r) => r.includes(';'))
        .map((r) => `Unexpected \`;\` in \`${r}\`: give one rendering per item and separate the items of en_admitted and en_deprecated with |`),
    ),
  },
];

/**
 * A rendering as zhterm check matches it in a target (dual-circulation = dual circulation, the Belt and Road = Belt
 * and Road): a deprecated rendering with the key of an accepted one could never be reported.
 */
function checkerKey(en: string): string {
  return englishKey(en) || normalizeRendering(en);
}
