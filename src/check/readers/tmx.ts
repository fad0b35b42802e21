// TMX 1.4: <tu tuid> with one <tuv xml:lang> per language; the source side is the tuv whose language starts
// with the source prefix (zh), the target the one starting with the target prefix (en).
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import { DEFAULT_READ_OPTIONS, type ReadBitextOptions } from './options.ts';
import { attr, childrenOf, cleanSegment, elements, findAll, parseXml, segmentText } from './xml.ts';

export function readTmx(text: string, file: string, options: ReadBitextOptions = {}): TranslationUnit[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  const xml = parseXml(text, file);
  const units: TranslationUnit[] = [];
  const tus = findAll(xml.root, 'tu');
  tus.forEach((tu, index) => {
    const line = xml.lineOf(tu);
    const id = attr(tu, 'tuid') ?? String(index + 1);
    const side = (prefix: string): string | undefined => {
      const tuv = elements(childrenOf(tu), 'tuv').find((v) => (attr(v, 'xml:lang') ?? attr(v, 'lang') ?? '').toLowerCase().startsWith(prefix));
      if (!tuv) return undefined;
      const seg = elements(childrenOf(tuv), 'seg')[0];
      return seg ? cleanSegment(segmentText(childrenOf(seg))) : '';
    };
    const source = side(opts.sourceLang);
    const target = side(opts.targetLang);
    if (source === undefined) throw inputError(file, line, `translation unit ${id} has no ${opts.sourceLang}* variant`);
    // a unit with no source text (tags only: a page break) has nothing to check
    if (source === '') return;
    if (!target) {
      if (opts.allowEmpty) return;
      throw inputError(file, line, `translation unit ${id} has no ${opts.targetLang}* text (use --allow-empty to skip untranslated segments)`);
    }
    units.push({ id, file, line, source, target });
  });
  return units;
}
