// TBX termbases. v2 is TBX-Basic 2008 (<martif>, termEntry/langSet/tig), the flavour Okapi, Weblate, Phrase
// and MultiTerm import; v3 is TBX-Basic of ISO 30042:2019 in DCA style (<tbx>, conceptEntry/langSec/termSec).
// Only TBX-Basic data categories are used, so both validate against the official schemas (see docs/export.md
// for where each field goes).
import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { TermRecord } from '../types.ts';
import { chineseSections, LANGUAGES, type LangCodes } from './lang.ts';
import { contextPlace, plainContext } from './text.ts';

export { readTbx } from './tbx-read.ts';

export interface TbxOptions {
  /** 'v2' (TBX-Basic 2008, martif; default) or 'v3' (ISO 30042:2019 TBX-Basic, DCA). */
  version?: 'v2' | 'v3';
  /** 'default' (zh-CN, zh-TW, en-US) or 'bcp47' (zh-Hans, zh-Hant, en). */
  langCodes?: LangCodes;
  /** Title in the header (default 'zhterm termbase'). */
  title?: string;
  /** Where the data came from, in the header's sourceDesc (default 'Exported by zhterm'). */
  description?: string;
}

const DEFAULT_OPTIONS: Required<TbxOptions> = {
  version: 'v2',
  langCodes: 'default',
  title: 'zhterm termbase',
  description: 'Exported by zhterm',
};

/** The picklist values both TBX-Basic schemas require for administrativeStatus. */
export const ADMIN_STATUS = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  superseded: 'supersededTerm-admn-sts',
} as const;

/** Element names that differ between the two versions; everything else (term, termNote, descrip …) is shared. */
const NAMES = {
  v2: { entry: 'termEntry', lang: 'langSet', term: 'tig' },
  v3: { entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
} as const;

type Node = Record<string, unknown>;

export function writeTbx(records: TermRecord[], options: TbxOptions = {}): string {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const names = NAMES[opts.version];
  const table = LANGUAGES[opts.langCodes];
  const ids = conceptIds(records);
  const idOf = new Map(records.map((r, i): [string, string] => [r.zh, ids[i]]).reverse());

  const entries = records.map((record, i): Node => {
    const related = record.related.filter((zh) => idOf.has(zh) && zh !== record.zh);
    const chinese = chineseSections(record, table).map(({ lang, form }) => ({
      '@_xml:lang': lang,
      [names.term]: [lang === table.zh ? sourceTerm(record, form, table.pinyin) : { term: form }],
    }));
    const english = englishTerms(record);
    return {
      '@_id': ids[i],
      ...(record.domain ? { descrip: { '@_type': 'subjectField', '#text': record.domain } } : {}),
      ...(record.note ? { note: record.note } : {}),
      ...(related.length ? { ref: related.map((zh) => ({ '@_type': 'crossReference', '@_target': idOf.get(zh), '#text': zh })) } : {}),
      [names.lang]: english.length ? [...chinese, { '@_xml:lang': table.en, [names.term]: english }] : chinese,
    };
  });

  const header = {
    // titleStmt before sourceDesc satisfies both versions' content models.
    fileDesc: { titleStmt: { title: opts.title }, sourceDesc: { p: opts.description } },
    ...(opts.version === 'v2' ? { encodingDesc: { p: { '@_type': 'XCSURI', '#text': 'TBXBasicXCSV02.xcs' } } } : {}),
  };
  const root =
    opts.version === 'v2'
      ? { martif: { '@_type': 'TBX-Basic', '@_xml:lang': table.zh, martifHeader: header, text: { body: { termEntry: entries } } } }
      : {
          tbx: {
            '@_type': 'TBX-Basic',
            '@_style': 'dca',
            '@_xml:lang': table.zh,
            '@_xmlns': 'urn:iso:std:iso:30042:ed-2',
            tbxHeader: header,
            text: { body: { conceptEntry: entries } },
          },
        };
  const builder = new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    format: true,
    indentBy: '  ',
    suppressEmptyNode: true,
    tagValueProcessor: (_name: string, value: unknown) => xmlChars(String(value)),
    attributeValueProcessor: (_name: string, value: unknown) => xmlChars(String(value)),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(root)}`;
}

/** The simplified term with its pinyin and corpus contexts (each context cites file:line as its source). */
function sourceTerm(record: TermRecord, form: string, pinyinLang: string): Node {
  return {
    term: form,
    ...(record.pinyin ? { note: { '@_xml:lang': pinyinLang, '#text': record.pinyin } } : {}),
    ...(record.contexts.length
      ? {
          descripGrp: record.contexts.map((c) => ({
            descrip: { '@_type': 'context', '#text': plainContext(c.text) },
            admin: { '@_type': 'source', '#text': contextPlace(c) },
          })),
        }
      : {}),
  };
}

/** Preferred, admitted and deprecated renderings; the source attests the preferred one. */
function englishTerms(record: TermRecord): Node[] {
  const status = (value: string) => ({ termNote: { '@_type': 'administrativeStatus', '#text': value } });
  const terms: Node[] = [];
  if (record.en) terms.push({ term: record.en, ...status(ADMIN_STATUS.preferred), ...(record.source ? { admin: { '@_type': 'source', '#text': record.source } } : {}) });
  for (const en of record.enAdmitted) terms.push({ term: en, ...status(ADMIN_STATUS.admitted) });
  for (const en of record.enDeprecated) terms.push({ term: en, ...status(ADMIN_STATUS.deprecated) });
  return terms;
}

/**
 * One concept id per record that stays the same from one build to the next (a hash of the term, not its rank),
 * so termbases diff well and a CAT tool can update entries. Valid xsd:ID values (NCName: a letter first), unique
 * even when two records share a term.
 */
export function conceptIds(records: TermRecord[]): string[] {
  const used = new Set<string>();
  return records.map(({ zh }) => {
    const base = `c${createHash('sha1').update(zh).digest('hex').slice(0, 10)}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

/** XML 1.0 cannot carry most control characters, even escaped: drop them rather than write an unreadable file. */
function xmlChars(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}
