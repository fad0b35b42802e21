// Punctuation tables for clause splitting and normalization, as seen after NFKC
// (NFKC turns full-width ，；：！？（）［］～ into their ASCII forms, so one table serves both).

/** Characters that always end a clause. */
export const CLAUSE_BREAKS = new Set([
  ...'。、!?;()[]{}~|',
  ...'【】〔〕〖〗〘〙〚〛',
  ...'…‥',
  ...'•●○■□◆◇★☆▲△▼▽※→←',
  '\t',
]);

/**
 * ASCII marks that end a clause except between two ASCII letters or digits,
 * so 3.5%, 1,000, 10:30 and U.S stay whole while a Chinese sentence is still cut.
 */
export const SOFT_BREAKS = new Set([...'.,:']);

/** Dashes: a run of two or more (——, --) ends a clause; a single one joins names such as 中国—东盟. */
export const DASHES = new Set([...'—―─-–━']);

/** Opening quotation and title marks → the marks that close them. All are removed from `norm`; their spans are kept as evidence of set phrases. */
export const OPENING_MARKS = new Map([
  ['“', '”'],
  ['‘', '’'],
  ['「', '」'],
  ['『', '』'],
  ['﹁', '﹂'],
  ['﹃', '﹄'],
  ['《', '》'],
  ['〈', '〉'],
  ['〝', '〞〟'],
]);

export const CLOSING_MARKS = new Set([...OPENING_MARKS.values()].flatMap((closers) => [...closers]));

/** Marks that both open and close: ASCII quotes (an apostrophe between two Latin letters is not a mark: China's). */
export const SYMMETRIC_MARKS = new Set(['"', "'"]);
