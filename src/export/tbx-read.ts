// Reads TBX (v2 martif and v3 tbx, TBX-Basic or fuller dialects) into glossary entries: what
// `zhterm glossary import` and `--glossary file.tbx` use. Concepts without both a Chinese and an English term
// are candidates, not glossary entries, and are skipped.
import type { GlossaryEntry } from '../types.ts';
import { inputError } from '../errors.ts';
import { isChinese, isEnglish, isSimplifiedChinese } from './lang.ts';
import { childElements, langOf, parseXml, startTagLines, textOf, type XmlElement } from './xml-tree.ts';

const ENTRY = ['termEntry', 'conceptEntry'];
const LANG = ['langSet', 'langSec'];
/** tig (TBX-Basic v2), termSec (v3), ntig (full TBX v2, with the term inside termGrp). */
const TERM = ['tig', 'termSec', 'ntig'];

type Status = 'preferred' | 'admitted' | 'deprecated' | 'none';

interface TermInfo {
  text: string;
  status: Status;
  element: XmlElement;
}

export function readTbx(xml: string, file: string): GlossaryEntry[] {
  const root = parseXml(xml, file);
  if (root.name !== 'martif' && root.name !== 'tbx') throw inputError(file, 1, `not a TBX file: root element <${root.name}>, expected <martif> or <tbx>`);
  const body = childElements(root, 'text').flatMap((t) => childElements(t, 'body'));
  const entries = body.flatMap((b) => childElements(b, ...ENTRY));
  const lines = startTagLines(xml, ENTRY);
  const out: GlossaryEntry[] = [];
  entries.forEach((entry, i) => {
    const read = readEntry(entry);
    if (read) out.push({ ...read, origin: { file, line: lines[i] ?? 1 } });
  });
  return out;
}

function readEntry(entry: XmlElement): Omit<GlossaryEntry, 'origin'> | null {
  const langSets = childElements(entry, ...LANG);
  const zhSet = langSets.find((l) => isSimplifiedChinese(langOf(l))) ?? langSets.find((l) => isChinese(langOf(l)));
  const enSet = langSets.find((l) => isEnglish(langOf(l)));
  if (!zhSet || !enSet) return null;
  const zhTerms = termsOf(zhSet);
  const enTerms = termsOf(enSet).filter((t) => t.text);
  const zh = (zhTerms.find((t) => t.status === 'preferred') ?? zhTerms[0])?.text;
  const preferred = enTerms.find((t) => t.status === 'preferred') ?? enTerms.find((t) => t.status !== 'deprecated');
  if (!zh || !preferred) return null;

  const entryNotes = childElements(entry, 'note').map(textOf).filter(Boolean);
  const pinyin = zhTerms.flatMap((t) => childElements(t.element, 'note')).find((n) => /^zh-Latn/i.test(langOf(n)));
  const domain = childElements(entry, 'descrip').find((d) => d.attrs.type === 'subjectField');
  const source = [preferred.element, enSet, entry].flatMap((el) => adminSources(el))[0];
  return {
    zh,
    en: preferred.text,
    enAdmitted: enTerms.filter((t) => t !== preferred && t.status !== 'deprecated').map((t) => t.text),
    enDeprecated: enTerms.filter((t) => t.status === 'deprecated').map((t) => t.text),
    ...(pinyin && textOf(pinyin) ? { pinyin: textOf(pinyin) } : {}),
    ...(domain && textOf(domain) ? { domain: textOf(domain) } : {}),
    ...(entryNotes.length ? { note: entryNotes.join('\n') } : {}),
    ...(source ? { source } : {}),
  };
}

function termsOf(langSet: XmlElement): TermInfo[] {
  return childElements(langSet, ...TERM).map((t) => {
    // In ntig the term and its termNotes sit inside termGrp.
    const holder = t.name === 'ntig' ? (childElements(t, 'termGrp')[0] ?? t) : t;
    const term = childElements(holder, 'term')[0];
    const statusNote = childElements(holder, 'termNote').find((n) => n.attrs.type === 'administrativeStatus');
    return { text: term ? textOf(term) : '', status: statusOf(statusNote ? textOf(statusNote) : ''), element: t };
  });
}

/** Maps the TBX picklist (and the bare words some tools write) to the glossary's three statuses. */
function statusOf(value: string): Status {
  const v = value.toLowerCase();
  if (v.startsWith('preferred')) return 'preferred';
  if (v.startsWith('admitted')) return 'admitted';
  if (v.startsWith('deprecated') || v.startsWith('superseded') || v.startsWith('notrecommended')) return 'deprecated';
  return 'none';
}

/** admin type="source" directly on an element (not the ones citing contexts inside descripGrp). */
function adminSources(el: XmlElement): string[] {
  return childElements(el, 'admin')
    .filter((a) => a.attrs.type === 'source')
    .map(textOf)
    .filter(Boolean);
}
