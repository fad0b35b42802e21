// Language codes written into termbases. CAT tools key their language mapping on locale codes
// (zh-CN, zh-TW, en-US), while BCP 47 purists and some web tools want script subtags (zh-Hans, zh-Hant, en).
import type { TermRecord } from '../types.ts';

export type LangCodes = 'default' | 'bcp47';

/** One Chinese language section of a concept: its code and the form of the term it holds. */
export interface ChineseVariant {
  lang: string;
  form: (record: TermRecord) => string;
  /** Written only when its form differs from the variant with this code (avoids duplicate sections). */
  unlessSameAs?: string;
}

export interface LanguageTable {
  /** The simplified-Chinese code: the source language of the termbase. */
  zh: string;
  en: string;
  /** Romanization: BCP 47 has a registered `pinyin` variant for zh-Latn. */
  pinyin: string;
  chinese: ChineseVariant[];
}

export const LANGUAGES: Record<LangCodes, LanguageTable> = {
  default: {
    zh: 'zh-CN',
    en: 'en-US',
    pinyin: 'zh-Latn-pinyin',
    chinese: [
      { lang: 'zh-CN', form: (r) => r.zh },
      { lang: 'zh-TW', form: (r) => r.tw },
      { lang: 'zh-HK', form: (r) => r.hk },
    ],
  },
  bcp47: {
    zh: 'zh-Hans',
    en: 'en',
    pinyin: 'zh-Latn-pinyin',
    chinese: [
      { lang: 'zh-Hans', form: (r) => r.zh },
      // Generic traditional characters (OpenCC s2t); regional wording only where it differs.
      { lang: 'zh-Hant', form: (r) => r.hant },
      { lang: 'zh-Hant-TW', form: (r) => r.tw, unlessSameAs: 'zh-Hant' },
      { lang: 'zh-Hant-HK', form: (r) => r.hk, unlessSameAs: 'zh-Hant' },
    ],
  },
};

/** The Chinese sections to write for a record, in order, each with a non-empty form. */
export function chineseSections(record: TermRecord, table: LanguageTable): { lang: string; form: string }[] {
  const forms = new Map(table.chinese.map((v) => [v.lang, v.form(record)]));
  return table.chinese
    .filter((v) => forms.get(v.lang) && (!v.unlessSameAs || forms.get(v.lang) !== forms.get(v.unlessSameAs)))
    .map((v) => ({ lang: v.lang, form: forms.get(v.lang) as string }));
}

/**
 * Simplified Chinese as a reader meets it: zh, zh-CN, zh-SG, zh-Hans, zh-Hans-CN … (not zh-TW, zh-Hant …), also
 * with the underscore of Java and POSIX locales (zh_CN) and
 * with the three-letter codes some tools write (zho-CN, chi).
 */
export function isSimplifiedChinese(lang: string): boolean {
  return /^(zh|zho|chi)([-_](cn|sg|hans)([-_].*)?)?$/i.test(lang);
}

/** Any Chinese: zh, zh-TW, zho-HK … */
export function isChinese(lang: string): boolean {
  return /^(zh|zho|chi)([-_]|$)/i.test(lang);
}

/** en, en-US, en-GB, eng … */
export function isEnglish(lang: string): boolean {
  return /^(en|eng)([-_]|$)/i.test(lang);
}
