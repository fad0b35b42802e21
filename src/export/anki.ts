// An Anki deck as a tab-separated text file with Anki's header lines (Anki 2.1.54+ reads them and needs no
// import settings): front the hanzi; back pinyin, traditional form, English (or a marked gloss), HSK level
// and one example sentence from the corpus; tags for status, HSK level and domain.
import type { TermRecord } from '../types.ts';
import { englishOf, hskLabel, oneLine } from './learner.ts';
import { taiwanCharacters } from '../enrich/traditional.ts';

export interface AnkiOptions {
  /** Deck to import into (default 'zhterm'; `::` makes a subdeck). */
  deck?: string;
  /** Tags given to every note (default ['zhterm']). */
  tags?: string[];
}

const DEFAULT_OPTIONS: Required<AnkiOptions> = { deck: 'zhterm', tags: ['zhterm'] };

export function writeAnki(records: TermRecord[], options: AnkiOptions = {}): string {
  const opts = { ...DEFAULT_OPTIONS, ...options };
  const header = ['#separator:tab', '#html:true', '#notetype:Basic', '#columns:Front\tBack\tTags', `#deck:${opts.deck}`, `#tags:${opts.tags.join(' ')}`, '#tags column:3'];
  const notes = records.map((r) => [escapeHtml(r.zh), back(r), tags(r).join(' ')].map(oneLine).join('\t'));
  return `${[...header, ...notes].join('\n')}\n`;
}

function back(r: TermRecord): string {
  const english = englishOf(r);
  const traditional = r.hant ? taiwanCharacters(r.hant) : '';
  const lines = [
    r.pinyin ? `<div class="pinyin">${escapeHtml(r.pinyin)}</div>` : '',
    traditional && traditional !== r.zh ? `<div class="traditional">${escapeHtml(traditional)}</div>` : '',
    english ? `<div class="english">${escapeHtml(english)}</div>` : '',
    !english && r.gloss ? `<div class="gloss"><i>gloss:</i> ${escapeHtml(r.gloss)}</div>` : '',
    hskLabel(r.hsk) ? `<div class="hsk">${escapeHtml(hskLabel(r.hsk))}</div>` : '',
    r.contexts[0] ? `<div class="example">${example(r.contexts[0].text)}</div>` : '',
  ];
  return lines.join('');
}

/** The corpus sentence with the term in bold instead of 【】. */
function example(text: string): string {
  return escapeHtml(text).replace(/【([^】]*)】/g, '<b>$1</b>');
}

function tags(r: TermRecord): string[] {
  const out: string[] = [r.status];
  if (r.hsk?.hsk3 != null) out.push(`HSK3::${r.hsk.hsk3 >= 7 ? '7-9' : r.hsk.hsk3}`);
  if (r.domain) out.push(`domain::${r.domain.replace(/\s+/g, '_')}`);
  return out;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
