// The one folding of a Chinese term used wherever terms are compared: glossary lint and merge, and the check's
// matching. Two spellings that fold to the same key are the same term. Same steps and OpenCC configuration as the
// corpus reader's Sentence.norm (src/corpus/normalize.ts), so a glossary key matches corpus text as it is counted.
import * as OpenCC from 'opencc-js/t2cn';

// Hong Kong / generic traditional → mainland simplified, phrase-level: 乾隆 stays 乾隆 while 乾淨 becomes 干净.
// Created on first use (the dictionaries are large).
let converter: ((text: string) => string) | undefined;
const toSimplified = (text: string) => (converter ??= OpenCC.Converter({ from: 'hk', to: 'cn' }))(text);

/** Quotation and title marks: they wrap a set phrase in running text but are not part of the term (global: for replace). */
export const QUOTE_MARKS = /["'“”‘’「」『』《》〈〉﹁﹂﹃﹄〝〞〟]/g;

/** NFKC (full-width letters and digits → ASCII), traditional → simplified, quotation and title marks removed, trimmed. */
export function normalizeTerm(zh: string): string {
  return toSimplified(zh.normalize('NFKC')).replace(QUOTE_MARKS, '').trim();
}

/** Traditional → simplified only (after NFKC): lint uses it to tell a traditional spelling from other differences. */
export function toSimplifiedForm(zh: string): string {
  return toSimplified(zh.normalize('NFKC'));
}

/** English renderings compared for lint: case-folded, whitespace collapsed, curly apostrophes straightened. */
export function normalizeRendering(en: string): string {
  return en.normalize('NFKC').replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
