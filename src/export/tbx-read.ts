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
/**
 * Where a term's status is written: termNote type="…" (v2 and v3 DCA), or an element of that name (v3 DCT,
 * <basic:administrativeStatus>, its prefix dropped by the parser). normativeAuthorization is TBX-Default's.
 */
const STATUS_TYPES = ['administrativeStatus', 'normativeAuthorization'];

type Status = 'preferred' | 'admitted' | 'deprecated' | 'none';

interface TermInfo {
  text: string;
  status: Status;
  element: XmlElement;
}

export interface TbxGlossary {
  entries: GlossaryEntry[];
  /** Concepts in the file. */
  concepts: number;
  /** Concepts without a Chinese or an English term: left out. */
  skipped: number;
  /** Status values that name no known status (their terms are read as having none). */
  unknownStatuses: string[];
}

/** The glossary entries of a TBX file. */
export function readTbx(xml: string, file: string): GlossaryEntry[] {
  return readTbxGlossary(xml, file).entries;
}

/**
 * The glossary entries of a TBX file with what was left out. A concept gives one entry per Chinese synonym that is
 * not deprecated (一带一路 and 一带一路倡议 both get the concept's renderings); its English terms are gathered from
 * every English section (en-US, en-GB …): the first preferred one is the entry's preferred rendering, the others
 * not deprecated are admitted.
 */
export function readTbxGlossary(xml: string, file: string): TbxGlossary {
  const root = parseXml(xml, file);
  if (root.name !== 'martif' && root.name !== 'tbx') throw inputError(file, 1, `not a TBX file: root element <${root.name}>, expected <martif> or <tbx>`);
  const body = childElements(root, 'text').flatMap((t) => childElements(t, 'body'));
  const concepts = body.flatMap((b) => childElements(b, ...ENTRY));
  const lines = startTagLines(xml, ENTRY);
  const entries: GlossaryEntry[] = [];
  const unknownStatuses = new Set<string>();
  let skipped = 0;
  concepts.forEach((concept, i) => {
    const read = readConcept(concept, unknownStatuses);
    if (read.length === 0) skipped++;
    for (const entry of read) entries.push({ ...entry, origin: { file, line: lines[i] ?? 1 } });
  });
  return { entries, concepts: concepts.length, skipped, unknownStatuses: [...unknownStatuses] };
}

function readConcept(concept: XmlElement, unknownStatuses: Set<string>): Omit<GlossaryEntry, 'origin'>[] {
  const langSets = childElements(concept, ...LANG);
  const simplified = langSets.filter((l) => isSimplifiedChinese(langOf(l)));
  // without a simplified section, the first Chinese one (a Taiwan termbase) rather than nothing
  const zhSets = simplified.length > 0 ? simplified : langSets.filter((l) => isChinese(langOf(l))).slice(0, 1);
  const zhTerms = uniqueTexts(zhSets.flatMap((l) => termsOf(l, unknownStatuses)));
  const enSets = langSets.filter((l) => isEnglish(langOf(l)));
  const enTerms = uniqueTexts(enSets.flatMap((l) => termsOf(l, unknownStatuses)));
  const preferred = enTerms.find((t) => t.status === 'preferred') ?? enTerms.find((t) => t.status !== 'deprecated');
  const usable = zhTerms.filter((t) => t.status !== 'deprecated');
  const chinese = [...usable.filter((t) => t.status === 'preferred'), ...usable.filter((t) => t.status !== 'preferred')];
  if (chinese.length === 0 || !preferred) return [];

  // notes and definitions of the concept and of its English section; a definition is marked as one
  const definitions = [concept, ...enSets]
    .flatMap((el) => [...childElements(el, 'descrip').filter((d) => d.attrs.type === 'definition'), ...childElements(el, 'definition')])
    .map(textOf)
    .filter(Boolean)
    .map((d) => `definition: ${d}`);
  const entryNotes = [...childElements(concept, 'note').map(textOf).filter(Boolean), ...definitions];
  // subjectField as DCA descrip or DCT element (<basic:subjectField>)
  const domain = childElements(concept, 'descrip').find((d) => d.attrs.type === 'subjectField') ?? childElements(concept, 'subjectField')[0];
  const source = [preferred.element, ...enSets, concept].flatMap((el) => adminSources(el))[0];
  const shared = {
    en: preferred.text,
    enAdmitted: enTerms.filter((t) => t !== preferred && t.status !== 'deprecated').map((t) => t.text),
    enDeprecated: enTerms.filter((t) => t.status === 'deprecated').map((t) => t.text),
  };
  return chinese.map((zh) => {
    const pinyin = childElements(zh.element, 'note').find((n) => /^zh-Latn/i.test(langOf(n)));
    return {
      zh: zh.text,
      ...shared,
      ...(pinyin && textOf(pinyin) ? { pinyin: textOf(pinyin) } : {}),
      ...(domain && textOf(domain) ? { domain: textOf(domain) } : {}),
      ...(entryNotes.length ? { note: entryNotes.join('\n') } : {}),
      ...(source ? { source } : {}),
    };
  });
}

function termsOf(langSet: XmlElement, unknownStatuses: Set<string>): TermInfo[] {
  return childElements(langSet, ...TERM).map((t) => {
    // In ntig the term and its termNotes sit inside termGrp.
    const holder = t.name === 'ntig' ? (childElements(t, 'termGrp')[0] ?? t) : t;
    const term = childElements(holder, 'term')[0];
    const written = statusText(holder);
    const status = statusOf(written);
    if (status === undefined) unknownStatuses.add(written);
    return { text: term ? textOf(term) : '', status: status ?? 'none', element: t };
  });
}

/** The status written on a term, in any of the places TBX dialects put it (also inside termNoteGrp). */
function statusText(holder: XmlElement): string {
  const places = [holder, ...childElements(holder, 'termNoteGrp')];
  for (const el of places) {
    for (const child of childElements(el)) {
      const typed = child.name === 'termNote' && STATUS_TYPES.includes(child.attrs.type ?? '');
      if (typed || STATUS_TYPES.includes(child.name)) return textOf(child);
    }
  }
  return '';
}

/**
 * Each term text once (en-US and en-GB sections often repeat one), keeping its first status, except that a text
 * deprecated in any section is deprecated (a reviewer would rather see it flagged); empty terms dropped.
 */
function uniqueTexts(terms: TermInfo[]): TermInfo[] {
  const deprecated = new Set(terms.filter((t) => t.status === 'deprecated').map((t) => t.text));
  const seen = new Set<string>();
  return terms
    .filter((t) => t.text !== '' && !seen.has(t.text) && (seen.add(t.text), true))
    .map((t) => (deprecated.has(t.text) && t.status !== 'deprecated' ? { ...t, status: 'deprecated' as const } : t));
}

/**
 * The TBX picklists and the words tools write for them (Trados "Not recommended", Weblate "obsolete"), by the
 * status they mean, matched at the start of the value with case, spaces, hyphens and underscores ignored.
 */
const STATUS_WORDS: [Exclude<Status, 'none'>, string[]][] = [
  ['preferred', ['preferred', 'standardized', 'standardised', 'approved']],
  ['admitted', ['admitted', 'allowed', 'permitted', 'acceptable']],
  ['deprecated', ['deprecated', 'superseded', 'notrecommended', 'forbidden', 'obsolete', 'rejected', 'donotuse', 'prohibited']],
];

/** The glossary status a TBX status value means; undefined for a value that names none of them. */
function statusOf(value: string): Status | undefined {
  const v = value.toLowerCase().replace(/[\s_-]/g, '');
  if (v === '') return 'none';
  return STATUS_WORDS.find(([, words]) => words.some((w) => v.startsWith(w)))?.[0];
}

/** admin type="source" directly on an element (not the ones citing contexts inside descripGrp). */
function adminSources(el: XmlElement): string[] {
  return childElements(el, 'admin')
    .filter((a) => a.attrs.type === 'source')
    .map(textOf)
    .filter(Boolean);
}
