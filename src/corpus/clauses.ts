// Cuts a line (already NFKC-normalized) into clauses: the units an n-gram never crosses.
// Quotation and title marks do not cut: 共建“一带一路” stays one clause.
import { CLAUSE_BREAKS, DASHES, SOFT_BREAKS } from './marks.ts';

const isAsciiAlnum = (c: string | undefined): boolean => c !== undefined && /^[0-9A-Za-z]$/.test(c);
const isSpace = (c: string): boolean => c === ' ' || c === '\u3000' || c === '\u00a0' || c === '\r' || c === '\f' || c === '\v';

/** Length of the clause break starting at `i`, 0 when `line[i]` does not break. */
function breakLength(line: string, i: number): number {
  const c = line[i];
  if (CLAUSE_BREAKS.has(c)) return 1;
  if (SOFT_BREAKS.has(c)) return isAsciiAlnum(line[i - 1]) && isAsciiAlnum(line[i + 1]) ? 0 : 1;
  if (DASHES.has(c)) {
    let j = i;
    while (j < line.length && DASHES.has(line[j])) j++;
    return j - i >= 2 ? j - i : 0;
  }
  if (isSpace(c)) {
    // Spaces separate fields in Chinese text (titles, names) but join words in Latin-script phrases.
    let j = i;
    while (j < line.length && isSpace(line[j])) j++;
    const before = line[i - 1];
    const after = line[j];
    return before !== undefined && after !== undefined && before < '\u0080' && after < '\u0080' ? 0 : j - i;
  }
  return 0;
}

/** [start, end) spans of the clauses of `line`, whitespace trimmed, empty clauses dropped. */
export function clauseSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(line[s])) s++;
    while (e > s && isSpace(line[e - 1])) e--;
    if (e > s) spans.push([s, e]);
  };
  for (let i = 0; i < line.length; ) {
    const n = breakLength(line, i);
    if (n === 0) {
      i++;
      continue;
    }
    close(i);
    i += n;
    start = i;
  }
  close(line.length);
  return spans;
}

/** The clauses of `line` as strings. */
export function splitClauses(line: string): string[] {
  return clauseSpans(line).map(([s, e]) => line.slice(s, e));
}
