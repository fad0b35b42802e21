// What makes a term part of a longer proper name on the Chinese side. A place or organisation name that begins
// the name of an institution (美国环保局 “the EPA”, 美国国家飓风中心 “the National Hurricane Center”) is often
// absorbed by that name's own English; so is a term right after a place name (伦敦奥运会 “London 2012”, 塞纳河两岸
// “both banks of the Seine”, 印尼外交部 “the Indonesian ministry”). A place name right before an official's title
// or one of its own divisions only qualifies it (美国前总统奥巴马 “former President Obama”, 美国乔治亚州 “Georgia”):
// English leaves it out where the context makes the place clear.

import { readCheckTable } from './data-table.ts';

/** jieba tags of place and organisation names: a term with one of these tags can begin a longer name. */
export const NAME_START_TAGS: ReadonlySet<string> = new Set(['ns', 'nt']);

/** jieba tags of place names: a term right after one belongs to that place's name. */
export const PLACE_TAGS: ReadonlySet<string> = new Set(['ns']);

/** jieba tags of terms that a place name before them makes part of its name: organisations, events (奥运会/j), localities (两岸/f). */
export const AFTER_PLACE_TAGS: ReadonlySet<string> = new Set(['nt', 'j', 'f']);

/** China itself: a term after it is the Chinese institution the glossary means (中国国务院 is the State Council). */
export const HOME_PLACES: ReadonlySet<string> = new Set(['中国', '中华人民共和国', '我国', '内地', '大陆']);

/** jieba tags of the words that may stand between a name's first word and its head (国家/n 飓风/n 中心/n). */
export const NAME_BODY_TAGS: ReadonlySet<string> = new Set(['n', 'nt', 'nz', 'ns', 'j', 'l', 'vn', 'nrt']);

/** jieba tags of words that are names of organisations themselves (国防部/nt, 环保局/j): a name's head. */
export const HEAD_TAGS: ReadonlySet<string> = new Set(['nt', 'j']);

/** At most this many words after the term, head included, make the name. */
export const MAX_NAME_WORDS = 4;

/** Words that end the name of an institution (the head of the name): resources/check/name-heads.txt. */
export const NAME_HEADS: readonly string[] = readWordTable('name-heads.txt');

/** Officials' titles, which a place name before them qualifies (美国|前|总统): resources/titles.txt, shared with extract. */
export const TITLES: readonly string[] = readWordTable('../titles.txt');

/** Endings of the names of a country's divisions (乔治亚州): resources/check/divisions.txt. */
export const DIVISION_ENDINGS: readonly string[] = readWordTable('divisions.txt');

/** Words that may stand between a place name and the title it qualifies (美国|前|总统, 中国|国家|主席). */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(['前', '现任', '时任', '新任', '副', '代理', '国家']);

function readWordTable(file: string): string[] {
  return readCheckTable(file).flatMap((line) => line.split(/\s+/));
}
