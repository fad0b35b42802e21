// Markdown syntax is not text: heading, quote and list markers and inline emphasis are dropped from .md lines.
const BLOCK_MARKERS = /^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)+/;
const INLINE_MARKERS = /(\*\*|__|\*|`+)/g;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/g;
const FENCE = /^\s{0,3}(```|~~~)/;

/** True for .md / .markdown paths. */
export const isMarkdown = (path: string): boolean => /\.(md|markdown)$/i.test(path);

/** The text of a Markdown line: `## 一带一路` → `一带一路`, `[新华网](http://…)` → `新华网`; fences become empty. */
export function stripMarkdown(line: string): string {
  if (FENCE.test(line)) return '';
  return line.replace(BLOCK_MARKERS, '').replace(LINK, '$1').replace(INLINE_MARKERS, '');
}
