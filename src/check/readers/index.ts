// One entry point for every bitext format: the format is chosen by extension, or by content when the
// extension says nothing (an XML root of <tmx> or <xliff>, a tab in the first line).
import { extname } from 'node:path';
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import type { ReadBitextOptions } from './options.ts';
import { readText } from './text.ts';
import { readDelimited } from './tsv.ts';
import { readTmx } from './tmx.ts';
import { readXliff } from './xliff.ts';

export type { ReadBitextOptions } from './options.ts';
export { readAlignedFiles } from './lines.ts';

export type BitextFormat = 'tsv' | 'csv' | 'tmx' | 'xliff';

const BY_EXTENSION: Record<string, BitextFormat> = {
  '.tsv': 'tsv',
  '.tab': 'tsv',
  '.csv': 'csv',
  '.tmx': 'tmx',
  '.xlf': 'xliff',
  '.xliff': 'xliff',
  '.sdlxliff': 'xliff',
  '.mqxliff': 'xliff',
  '.mxliff': 'xliff',
};

export function detectFormat(path: string, text: string): BitextFormat | undefined {
  const byExt = BY_EXTENSION[extname(path).toLowerCase()];
  if (byExt) return byExt;
  const head = text.slice(0, 2000);
  if (/<tmx[\s>]/.test(head)) return 'tmx';
  if (/<xliff[\s>]/.test(head)) return 'xliff';
  const firstLine = head.split('\n')[0] ?? '';
  if (firstLine.includes('\t')) return 'tsv';
  return undefined;
}

/** Reads one bitext file (TSV, CSV, TMX 1.4, XLIFF 1.2/2.0) into translation units. */
export function readBitext(path: string, options: ReadBitextOptions = {}): TranslationUnit[] {
  const text = readText(path);
  const format = detectFormat(path, text);
  switch (format) {
    case 'tsv':
      return readDelimited(text, path, '\t', options);
    case 'csv':
      return readDelimited(text, path, ',', options);
    case 'tmx':
      return readTmx(text, path, options);
    case 'xliff':
      return readXliff(text, path, options);
    default:
      throw inputError(path, undefined, 'unknown bitext format (expected .tsv, .csv, .tmx, .xlf/.xliff/.sdlxliff/.mqxliff/.mxliff, or --source/--target)');
  }
}
