// Cuts a line (already NFKC-normalized) into clauses: the units an n-gram never crosses.
// Quotation and title marks do not cut: 共建“一带一路” stays one clause.
import { CLAUSE_BREAKS, DASHES, SOFT_BREAKS } from './marks.ts';

// What each UTF-16 code unit is to the splitter: indexing a table is far faster than making a one-character
// string of every character and looking it up in a Set (this runs over every character of a corpus).
const BREAK = 1;
const SOFT = 2;
const DASH = 3;
const SPACE = 4;
const KIND = new Uint8Array(0x10000);
const mark = (chars: Iterable<string>, kind: number): void => {
  for (const c of chars) KIND[c.charCodeAt(0)] = kind;
};
mark(CLAUSE_BREAKS, BREAK);
mark(SOFT_BREAKS, SOFT);
mark(DASHES, DASH);
mark([' ', '\u3000', '\u00a0', '\r', '\f', '\v'], SPACE);

const isAsciiAlnum = (code: number): boolean => (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isSpace = (line: string, i: number): boolean => KIND[line.charCodeAt(i)] === SPACE;

/** Length of the clause break starting at `i`, 0 when `line[i]` does not break. */
function breakLength(line: string, i: number): number {
  const kind = KIND[line.charCodeAt(i)];
  if (kind === 0) return 0;
  if (kind === BREAK) return 1;
  // charCodeAt outside the line is NaN: no letter or digit
  if (kind === SOFT) return isAsciiAlnum(line.charCodeAt(i - 1)) && isAsciiAlnum(line.charCodeAt(i + 1)) ? 0 : 1;
  let j = i;
  while (j < line.length && KIND[line.charCodeAt(j)] === kind) j++;
  if (kind === DASH) return j - i >= 2 ? j - i : 0;
  // Spaces separate fields in Chinese text (titles, names) but join words in Latin-script phrases.
  return i > 0 && j < line.length && line.charCodeAt(i - 1) < 0x80 && line.charCodeAt(j) < 0x80 ? 0 : j - i;
}

/** [start, end) spans of the clauses of `line`, whitespace trimmed, empty clauses dropped. */
export function clauseSpans(line: string): [number, number][] {
  const spans: [number, number][] = [];
  let start = 0;
  const close = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && isSpace(line, s)) s++;
    while (e > s && isSpace(line, e - 1)) e--;
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
