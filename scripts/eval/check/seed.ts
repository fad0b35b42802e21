// Seeds terminology errors into clean reference translations, the way translators make them: a term's
// rendering dropped, a deprecated rendering swapped in, or another accepted rendering used where the rest of the
// text uses the usual one. The seeder finds renderings with plain case-insensitive string search, independent
// of the checker's matcher (it shares only the data table of place adjectives); the checker only ever sees the
// resulting segments.
import type { CheckId, GlossaryEntry, TranslationUnit } from '../../../src/types.ts';
import { DEMONYMS } from '../../../src/check/match/en-demonyms.ts';

export type SeedKind = 'missing' | 'deprecated' | 'vary';

export const EXPECTED_CHECK: Record<SeedKind, CheckId> = {
  missing: 'missing-translation',
  deprecated: 'deprecated-translation',
  vary: 'inconsistent-translation',
};

export interface Seed {
  id: string;
  kind: SeedKind;
  term: string;
  before: string;
  after: string;
}

export interface SeedOptions {
  /** Share of eligible segments that get an error (default 0.3). */
  rate?: number;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whole-word, case-insensitive occurrences of a rendering (a plural -s or possessive allowed). */
function renderingPattern(rendering: string): RegExp {
  const body = escape(rendering.replace(/^the\s+/i, ''))
    .replace(/\s+/g, '[\\s-]+')
    .replace(/y$/, '(?:y|ies)');
  // Letters, not digits, bound a word: “RMB6.44” holds the rendering RMB.
  return new RegExp(`(?<!\\p{L})(?:the\\s+)?${body}(?:s|'s|’s)?(?!\\p{L})`, 'giu');
}

const accepted = (e: GlossaryEntry): string[] => [e.en, ...e.enAdmitted].sort((a, b) => b.length - a.length);

/**
 * What a dropped rendering must take with it to leave the term untranslated: a place's adjective (“American
 * middle school” still renders 美国), from the project's table of demonyms (data, not the checker's matcher).
 */
const withAdjectives = (renderings: string[]): string[] =>
  [...new Set([...renderings, ...renderings.flatMap((r) => DEMONYMS.get(r) ?? [])])].sort((a, b) => b.length - a.length);

function found(target: string, rendering: string): boolean {
  return renderingPattern(rendering).test(target);
}

function replaceAll(target: string, renderings: string[], by: string): string {
  let out = target;
  for (const r of renderings) out = out.replace(renderingPattern(r), by);
  return out.replace(/\s{2,}/g, ' ').replace(/\s+([,.;:!?])/g, '$1').trim();
}

const initials = (s: string): string =>
  s
    .split(/[\s-]+/)
    .filter((w) => w && !/^(of|and|the|for|on|in|with|to)$/i.test(w))
    .map((w) => w[0]!.toUpperCase())
    .join('');

/** Really another rendering: not one inside the other, not an abbreviation or a derived form of the other. */
function distinct(a: string, b: string): boolean {
  const singular = (s: string): string => s.toLowerCase().replace(/s\b/g, '');
  const [x, y] = [singular(a), singular(b)];
  if (x.includes(y) || y.includes(x)) return false;
  if (a.replace(/\./g, '') === initials(b) || b.replace(/\./g, '') === initials(a)) return false;
  const oneWord = !/\s/.test(x) && !/\s/.test(y);
  return !(oneWord && x.slice(0, 4) === y.slice(0, 4));
}

export function seedErrors(units: readonly TranslationUnit[], glossary: readonly GlossaryEntry[], random: () => number, options: SeedOptions = {}): { units: TranslationUnit[]; seeds: Seed[] } {
  const rate = options.rate ?? 0.3;
  // Which accepted rendering each term usually has in this text, and in how many segments.
  const usual = new Map<GlossaryEntry, { rendering: string; count: number }>();
  for (const e of glossary) {
    let best = { rendering: '', count: 0 };
    for (const r of accepted(e)) {
      const count = units.filter((u) => u.source.includes(e.zh) && found(u.target, r)).length;
      if (count > best.count) best = { rendering: r, count };
    }
    const runnerUp = Math.max(0, ...accepted(e).filter((r) => r !== best.rendering && distinct(r, best.rendering)).map((r) => units.filter((u) => u.source.includes(e.zh) && found(u.target, r)).length));
    // Varying only makes sense where one rendering is clearly the norm of the text.
    if (best.count > 0 && best.count >= 2 * runnerUp) usual.set(e, best);
  }
  // A term written inside a longer glossary term (新时代 in 习近平新时代中国特色社会主义思想) is that term's business.
  const standsAlone = (source: string, e: GlossaryEntry): boolean => {
    const longer = glossary.filter((o) => o.zh.length > e.zh.length && o.zh.includes(e.zh) && source.includes(o.zh));
    let masked = source;
    for (const o of longer) masked = masked.split(o.zh).join('□'.repeat(o.zh.length));
    return masked.includes(e.zh);
  };
  const varied = new Map<GlossaryEntry, number>();
  const seeds: Seed[] = [];
  const out = units.map((u) => {
    const eligible = glossary.filter((e) => standsAlone(u.source, e) && accepted(e).some((r) => found(u.target, r)));
    if (eligible.length === 0 || random() >= rate) return u;
    const entry = eligible[Math.floor(random() * eligible.length)]!;
    const kinds: SeedKind[] = ['missing'];
    if (entry.enDeprecated.length > 0) kinds.push('deprecated');
    const norm = usual.get(entry);
    const alternative = accepted(entry).find((r) => norm && distinct(r, norm.rendering));
    // Only where the usual rendering stands alone: “Olympic” inside “Olympic Games” replaced by “Games” gives “Games Games”.
    const insideLonger = (r: string): boolean => accepted(entry).some((o) => o.length > r.length && o.includes(r) && found(u.target, o));
    if (norm && alternative && found(u.target, norm.rendering) && !insideLonger(norm.rendering) && norm.count >= 4 && (varied.get(entry) ?? 0) < norm.count / 4) kinds.push('vary');
    const kind = kinds[Math.floor(random() * kinds.length)]!;
    const by = kind === 'missing' ? '' : kind === 'deprecated' ? entry.enDeprecated[Math.floor(random() * entry.enDeprecated.length)]! : alternative!;
    const target = replaceAll(u.target, kind === 'vary' ? [norm!.rendering] : kind === 'missing' ? withAdjectives(accepted(entry)) : accepted(entry), by);
    if (target === u.target || target === '') return u;
    if (kind === 'vary') varied.set(entry, (varied.get(entry) ?? 0) + 1);
    seeds.push({ id: u.id, kind, term: entry.zh, before: u.target, after: target });
    return { ...u, target };
  });
  return { units: out, seeds };
}
