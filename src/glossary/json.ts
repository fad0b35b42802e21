// The glossary as JSON: an array of entries with the record field names (zh, en, enAdmitted, enDeprecated, pinyin,
// domain, note, source). The same reader accepts the merged records of `zhterm build --formats json`, whose extra
// statistics fields are ignored.
import type { GlossaryEntry } from '../types.ts';
import { cellsToEntry } from './format.ts';
import type { GlossaryProblem } from './problem.ts';
import type { TableResult } from './table.ts';

const ENTRY_FIELDS = ['zh', 'en', 'enAdmitted', 'enDeprecated', 'pinyin', 'domain', 'note', 'source'] as const;
// Fields of a merged TermRecord that say nothing the glossary keeps: read past them.
const RECORD_FIELDS = new Set(['pinyinNumbers', 'hant', 'tw', 'hk', 'status', 'freq', 'docFreq', 'score', 'contexts', 'related', 'hsk', 'gloss', 'forms', 'needsTranslation', 'origin']);

/** One entry per line, so that diffs of an exported glossary stay line-per-concept like the TSV. */
export function glossaryToJson(entries: readonly GlossaryEntry[]): string {
  if (entries.length === 0) return '[]\n';
  const lines = entries.map((entry) => {
    const out: Record<string, unknown> = {};
    for (const field of ENTRY_FIELDS) if (entry[field] !== undefined) out[field] = entry[field];
    return JSON.stringify(out);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}

export function parseGlossaryJson(text: string, file: string): TableResult {
  const problems: GlossaryProblem[] = [];
  const problem = (line: number | undefined, rule: string, message: string) => problems.push({ file, line, rule, severity: 'error', message });
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    problem(undefined, 'json-syntax', `not valid JSON: ${(err as Error).message}`);
    return { entries: [], problems };
  }
  if (!Array.isArray(data)) {
    problem(undefined, 'json-syntax', 'expected an array of entries ({"zh": …, "en": …})');
    return { entries: [], problems };
  }
  const lines = elementLines(text);
  const entries: GlossaryEntry[] = [];
  data.forEach((item: unknown, i) => {
    const line = lines[i];
    const before = problems.length;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problem(line, 'json-entry', `entry ${i + 1} is not an object`);
      return;
    }
    const obj = item as Record<string, unknown>;
    const unknown = Object.keys(obj).filter((key) => !(ENTRY_FIELDS as readonly string[]).includes(key) && !RECORD_FIELDS.has(key));
    if (unknown.length > 0) problem(line, 'json-entry', `unknown field ${unknown.join(', ')} (expected ${ENTRY_FIELDS.join(', ')})`);
    const cells: Record<string, string> = {};
    for (const field of ENTRY_FIELDS) {
      const value = obj[field];
      if (value === undefined || value === null) continue;
      if (field === 'enAdmitted' || field === 'enDeprecated') {
        const items = typeof value === 'string' ? value.split('|') : value;
        if (!Array.isArray(items) || items.some((x) => typeof x !== 'string' || x.trim() === '' || x.includes('|'))) {
          problem(line, 'list-item', `${field} must be a list of non-empty strings`);
        } else {
          cells[field === 'enAdmitted' ? 'en_admitted' : 'en_deprecated'] = (items as string[]).map((x) => x.trim()).join('|');
        }
      } else if (typeof value !== 'string') {
        problem(line, 'json-entry', `${field} must be a string`);
      } else {
        cells[field] = value.trim();
      }
    }
    for (const field of ['zh', 'en'] as const) {
      if (!cells[field]) problem(line, 'required-field', `${field} is empty${field === 'en' && obj.status === 'candidate' ? ' (a candidate without a translation is not a glossary entry)' : ''}`);
    }
    if (problems.length === before) entries.push({ ...cellsToEntry(cells), origin: { file, line } });
  });
  return { entries, problems };
}

/** Line on which each element of the top-level array starts (JSON.parse keeps no positions). */
function elementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectElement = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    if (inString) {
      if (ch === '\\') i++;
      else if (ch === '"') inString = false;
      continue;
    }
    if (/\s/.test(ch)) continue;
    if (depth === 1 && expectElement && ch !== ']') {
      lines.push(line);
      expectElement = false;
    }
    if (ch === '"') inString = true;
    else if (ch === '[' || ch === '{') {
      depth++;
      if (depth === 1) expectElement = true;
    } else if (ch === ']' || ch === '}') depth--;
    else if (ch === ',' && depth === 1) expectElement = true;
  }
  return lines;
}
