// The terms a check looks for: glossary entries folded to their matching keys (entries whose keys coincide
// are merged), plus recurring source terms that the glossary lacks, which carry no renderings.
import { normalizeTerm } from '../glossary/normalize.ts';
import type { GlossaryEntry } from '../types.ts';

export interface CheckTerm {
  /** Folded key (normalizeTerm). */
  key: string;
  /** The term as the glossary (or the source) writes it: what reports show. */
  zh: string;
  /** Preferred rendering; empty for a recurring term outside the glossary. */
  preferred: string;
  /** Preferred and admitted renderings: any of them counts as a translation. */
  accepted: string[];
  deprecated: string[];
  fromGlossary: boolean;
}

export interface Rendering {
  term: number;
  text: string;
  kind: 'accepted' | 'deprecated';
}

export interface TermTable {
  terms: CheckTerm[];
  renderings: Rendering[];
}

export function buildTermTable(glossary: readonly GlossaryEntry[], recurring: readonly string[] = []): TermTable {
  const byKey = new Map<string, CheckTerm>();
  for (const e of glossary) {
    const key = normalizeTerm(e.zh);
    if (key === '') continue;
    const known = byKey.get(key);
    if (known) {
      known.accepted.push(...[e.en, ...e.enAdmitted].filter((r) => r && !known.accepted.includes(r)));
      known.deprecated.push(...e.enDeprecated.filter((r) => r && !known.deprecated.includes(r)));
      continue;
    }
    byKey.set(key, { key, zh: e.zh, preferred: e.en, accepted: [e.en, ...e.enAdmitted].filter(Boolean), deprecated: e.enDeprecated.filter(Boolean), fromGlossary: true });
  }
  for (const zh of recurring) {
    const key = normalizeTerm(zh);
    if (key !== '' && !byKey.has(key)) byKey.set(key, { key, zh, preferred: '', accepted: [], deprecated: [], fromGlossary: false });
  }
  const terms = [...byKey.values()];
  const renderings: Rendering[] = [];
  terms.forEach((t, term) => {
    for (const text of t.accepted) renderings.push({ term, text, kind: 'accepted' });
    for (const text of t.deprecated) renderings.push({ term, text, kind: 'deprecated' });
  });
  return { terms, renderings };
}

const innerCache = new WeakMap<TermTable, Map<number, number[]>>();

/**
 * For each glossary term, the shorter glossary terms written inside it (人类命运共同体 in 推动构建人类命运共同体),
 * longest first.
 */
export function innerTerms(table: TermTable): Map<number, number[]> {
  const cached = innerCache.get(table);
  if (cached) return cached;
  const glossary = table.terms.map((t, i) => ({ key: t.key, i })).filter(({ i }) => table.terms[i]!.fromGlossary);
  const byLength = [...glossary].sort((a, b) => b.key.length - a.key.length);
  const out = new Map<number, number[]>();
  for (const outer of glossary) {
    const inside = byLength.filter((o) => o.key.length < outer.key.length && outer.key.includes(o.key)).map((o) => o.i);
    if (inside.length > 0) out.set(outer.i, inside);
  }
  innerCache.set(table, out);
  return out;
}
