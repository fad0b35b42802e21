// inconsistent-translation (glossary terms): one source term rendered by different accepted renderings
// across segments. The rendering found in most segments is the norm (ties go to the preferred one); a segment
// that lacks it is reported with every variant, its count and its segment ids. A rendering found inside a longer
// one counts for both, so “Trump” beside “Donald Trump” or “Belt and Road” beside “Belt and Road Initiative”
// is no inconsistency. Nor is an acronym beside the full name (“UN”, “United Nations”) or a derived form
// beside its base (“Russian” beside “Russia”): writers alternate these on purpose.
import type { Finding } from '../../types.ts';
import { acceptedOf, termsIn, type SegmentAnalysis } from '../analyze.ts';
import { englishKey } from '../match/en.ts';
import { describeVariants, finding, groupForms, q, type Rule } from './finding.ts';

interface Use {
  seg: SegmentAnalysis;
  /** Accepted renderings found, longest first. */
  found: string[];
}

export const inconsistentTranslation: Rule = (segments, table) => {
  const uses = new Map<number, Use[]>();
  for (const seg of segments) {
    for (const t of termsIn(seg)) {
      if (!table.terms[t]!.fromGlossary) continue;
      // An adjective (“American”) fits any name of the place, so it shows no choice between them.
      const found = [...new Set(acceptedOf(seg, t).filter((r) => !r.adjective).map((r) => r.rendering.text))];
      if (found.length === 0) continue;
      let list = uses.get(t);
      if (!list) uses.set(t, (list = []));
      list.push({ seg, found });
    }
  }
  const out: Finding[] = [];
  for (const [t, list] of uses) {
    const term = table.terms[t]!;
    const segmentsWith = new Map<string, number>();
    for (const u of list) for (const r of u.found) segmentsWith.set(r, (segmentsWith.get(r) ?? 0) + 1);
    const rank = (r: string): number => (r === term.preferred ? -1 : term.accepted.indexOf(r));
    const norm = [...segmentsWith.keys()].sort((a, b) => segmentsWith.get(b)! - segmentsWith.get(a)! || rank(a) - rank(b))[0]!;
    const choiceOf = choices(term.accepted);
    const odd = list.filter((u) => !u.found.some((r) => choiceOf(r) === choiceOf(norm)));
    if (odd.length === 0) continue;
    const groups = groupForms(list.map((u) => ({ form: odd.includes(u) ? u.found[0]! : norm, seg: u.seg })));
    const variants = groups.map(({ form, count, ids }) => ({ form, count, ids }));
    const normCount = list.length - odd.length;
    for (const u of odd) {
      const form = u.found[0]!;
      const message = `${q(term.zh)} rendered ${q(form)} here but ${q(norm)} in ${normCount} other segment${normCount === 1 ? '' : 's'}: ${describeVariants(variants)}`;
      out.push(finding(u.seg, 'inconsistent-translation', 'warning', term.zh, [norm], [form], message, variants));
    }
  }
  return out;
};

/**
 * Groups a term's accepted renderings into choices: renderings one inside the other, abbreviations and derived
 * forms are one choice (Belt and Road ⊂ Belt and Road Initiative ~ BRI). Returns the choice number of a rendering.
 */
function choices(accepted: readonly string[]): (rendering: string) => number {
  const parent = accepted.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const keys = accepted.map((r) => ` ${englishKey(r)} `);
  for (let i = 0; i < accepted.length; i++) {
    for (let j = i + 1; j < accepted.length; j++) {
      if (keys[i]!.includes(keys[j]!) || keys[j]!.includes(keys[i]!) || sameVariant(accepted[i]!, accepted[j]!)) parent[root(i)] = root(j);
    }
  }
  return (rendering) => root(accepted.indexOf(rendering));
}

const SKIPPED_IN_ACRONYMS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'with', 'to', '&']);

/** “UN” abbreviates “United Nations”, “BRI” “the Belt and Road Initiative”. */
function abbreviates(acronym: string, full: string): boolean {
  const letters = acronym.replace(/^the\s+/i, '').replace(/\./g, '');
  if (!/^\p{Lu}{2,}$/u.test(letters)) return false;
  const initials = full
    .split(/[\s-]+/)
    .filter((w) => w !== '' && !SKIPPED_IN_ACRONYMS.has(w.toLowerCase()))
    .map((w) => w[0]!.toUpperCase())
    .join('');
  return initials === letters;
}

/** Whether two accepted renderings are forms of one choice rather than competing choices. */
export function sameVariant(a: string, b: string): boolean {
  if (a === b || abbreviates(a, b) || abbreviates(b, a)) return true;
  const ka = englishKey(a).split(' ');
  const kb = englishKey(b).split(' ');
  if (ka.length !== kb.length || ka.slice(0, -1).join(' ') !== kb.slice(0, -1).join(' ')) return false;
  return derived(ka.at(-1)!, kb.at(-1)!);
}

/** Two word keys of one stem: Russia/Russian, Afghanistan/Afghan, Iraq/Iraqi. */
export function derived(x: string, y: string): boolean {
  let shared = 0;
  while (shared < x.length && x[shared] === y[shared]) shared++;
  return shared >= 4 && shared >= Math.min(x.length, y.length) - 1;
}
