// TMX 1.4: <tu tuid> with one <tuv xml:lang> per language; the source side is the tuv whose language starts
// with the source prefix (zh), the targets every one starting with the target prefix (en, en-US, en-GB).
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import { DEFAULT_READ_OPTIONS, type ReadBitextOptions } from './options.ts';
import { attr, childrenOf, cleanSegment, elements, findAll, parseXml, segmentText, type XmlNode } from './xml.ts';

export function readTmx(text: string, file: string, options: ReadBitextOptions = {}): TranslationUnit[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  const xml = parseXml(text, file);
  const units: TranslationUnit[] = [];
  const tus = findAll(xml.root, 'tu');
  tus.forEach((tu, index) => {
    const line = xml.lineOf(tu);
    const id = attr(tu, 'tuid') ?? String(index + 1);
    const variants = elements(childrenOf(tu), 'tuv').map((tuv) => ({ lang: attr(tuv, 'xml:lang') ?? attr(tuv, 'lang') ?? '', tuv }));
    const textOf = (tuv: XmlNode): string => {
      const seg = elements(childrenOf(tuv), 'seg')[0];
      return seg ? cleanSegment(segmentText(childrenOf(seg))) : '';
    };
    const sourceVariant = variants.find((v) => v.lang.toLowerCase().startsWith(opts.sourceLang));
    if (sourceVariant === undefined) throw inputError(file, line, `translation unit ${id} has no ${opts.sourceLang}* variant`);
    const source = textOf(sourceVariant.tuv);
    // a unit with no source text (tags only: a page break) has nothing to check
    if (source === '') return;
    // every English variant is a translation to check (en-US and en-GB in one memory); the language names the
    // segment only when there are several
    const targets = variants.filter((v) => v.lang.toLowerCase().startsWith(opts.targetLang)).map((v) => ({ lang: v.lang, text: textOf(v.tuv) }));
    const translated = targets.filter((t) => t.text !== '');
    if (translated.length === 0) {
      if (opts.allowEmpty) return;
      throw inputError(file, line, `translation unit ${id} has no ${opts.targetLang}* text (use --allow-empty to skip untranslated segments)`);
    }
    // an en-GB variant left empty beside a translated en-US one is as untranslated as a unit without English
    const empty = targets.find((t) => t.text === '');
    if (empty && !opts.allowEmpty) {
      throw inputError(file, line, `translation unit ${id} has no ${empty.lang || opts.targetLang + '*'} text (use --allow-empty to skip untranslated segments)`);
    }
    for (const target of translated) {
      const unit = { id: translated.length > 1 ? `${id} (${target.lang})` : id, file, line, source, target: target.text };
      units.push(target.lang ? { ...unit, targetLang: target.lang } : unit);
    }
  });
  return units;
}
