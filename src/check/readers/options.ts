/** Options shared by every bitext reader. */
export interface ReadBitextOptions {
  /** Skip segments whose target is empty instead of stopping with an error (default false: an empty target is bad input). */
  allowEmpty?: boolean;
  /** Language prefix that marks the source side in TMX/XLIFF (default 'zh'). */
  sourceLang?: string;
  /** Language prefix that marks the target side in TMX/XLIFF (default 'en'). */
  targetLang?: string;
}

export const DEFAULT_READ_OPTIONS: Required<ReadBitextOptions> = { allowEmpty: false, sourceLang: 'zh', targetLang: 'en' };
