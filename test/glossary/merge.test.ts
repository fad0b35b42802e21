import { describe, expect, it } from 'vitest';
import { mergeTerms, termsToEnrich } from '../../src/glossary/merge.ts';
import { countGlossaryOccurrences } from '../../src/glossary/occurrences.ts';
import type { Candidate, Enrichment, GlossaryEntry, Sentence } from '../../src/types.ts';

const entry = (zh: string, en: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry => ({ zh, en, enAdmitted: [], enDeprecated: [], ...more });

const GLOSSARY: GlossaryEntry[] = [
  entry('人类命运共同体', 'a community with a shared future for mankind', {
    enDeprecated: ['a community of common destiny'],
    domain: 'diplomacy',
    source: 'Xinhua',
  }),
  entry('一带一路', 'the Belt and Road Initiative', { enDeprecated: ['One Belt, One Road'], pinyin: 'Yídài Yílù', note: 'Capitalized as a name.' }),
  entry('一国两制', 'One Country, Two Systems'),
  entry('全过程人民民主', "whole-process people's democracy"),
  entry('双循环', 'dual circulation'),
];

/** Clauses of a small corpus, as the corpus reader yields them (norm: simplified, marks removed). */
function sentence(docId: string, line: number, text: string, norm = text.replace(/[“”《》]/g, '')): Sentence {
  return { docId, file: `${docId}.txt`, line, text, norm };
}
const SENTENCES: Sentence[] = [
  sentence('a', 1, '推动构建人类命运共同体'),
  sentence('a', 2, '高质量共建“一带一路”'),
  sentence('a', 3, '坚定不移推进“一国两制”实践'),
  sentence('b', 1, '共建一带一路倡议提出十周年'),
  sentence('b', 2, '一带一路是合作之路'),
  sentence('b', 4, '坚持“一國兩制”', '坚持一国两制'),
  sentence('c', 9, '一带一路合作'),
];

function candidate(term: string, freq: number, docFreq: number, score: number): Candidate {
  return { term, forms: [term], freq, docFreq, score, measures: {}, first: { file: 'a.txt', line: 1 }, contexts: [{ file: 'a.txt', line: 1, text: `【${term}】` }] };
}

/** A stand-in for the enrich stage: the merge only copies these fields. */
function enrichment(term: string): Enrichment {
  const pinyin: Record<string, [string, string]> = {
    构建人类命运共同体: ['gòujiàn rénlèi mìngyùn gòngtóngtǐ', 'gou4jian4 ren2lei4 ming4yun4 gong4tong2ti3'],
    一带一路: ['yīdài yīlù', 'yi1dai4 yi1lu4'],
    一国两制: ['yīguó liǎngzhì', 'yi1guo2 liang3zhi4'],
    人类命运共同体: ['rénlèi mìngyùn gòngtóngtǐ', 'ren2lei4 ming4yun4 gong4tong2ti3'],
    高质量发展: ['gāozhìliàng fāzhǎn', 'gao1zhi4liang4 fa1zhan3'],
    命运共同体: ['mìngyùn gòngtóngtǐ', 'ming4yun4 gong4tong2ti3'],
  };
  const [p, n] = pinyin[term] ?? ['', ''];
  return { term, pinyin: p, pinyinNumbers: n, hant: `hant:${term}`, tw: `tw:${term}`, hk: `hk:${term}`, hsk: null, gloss: null };
}

const CANDIDATES = [candidate('构建人类命运共同体', 12, 5, 0.9), candidate('一带一路', 40, 9, 0.8), candidate('高质量发展', 30, 8, 0.7), candidate('命运共同体', 14, 6, 0.6)];

describe('countGlossaryOccurrences', () => {
  it('counts each glossary term over norm, with document frequency and up to 3 marked contexts', () => {
    const occ = countGlossaryOccurrences(SENTENCES, GLOSSARY);
    expect(occ.get('一带一路')).toEqual({
      freq: 4,
      docFreq: 3,
      contexts: [
        { file: 'a.txt', line: 2, text: '高质量共建“【一带一路】”' },
        { file: 'b.txt', line: 1, text: '共建【一带一路】倡议提出十周年' },
        { file: 'b.txt', line: 2, text: '【一带一路】是合作之路' },
      ],
    });
    // The traditional spelling counts through norm; its context is marked in the text as written.
    expect(occ.get('一国两制')).toEqual({
      freq: 2,
      docFreq: 2,
      contexts: [
        { file: 'a.txt', line: 3, text: '坚定不移推进“【一国两制】”实践' },
        { file: 'b.txt', line: 4, text: '坚持“【一國兩制】”' },
      ],
    });
    expect(occ.get('全过程人民民主')).toEqual({ freq: 0, docFreq: 0, contexts: [] });
  });

  it('counts the same when clauses are scanned in batches', () => {
    const many = Array.from({ length: 230 }, (_, i) => sentence(`d${i % 5}`, i + 1, i % 2 ? '坚持“一国两制”和一带一路' : '共建一带一路'));
    const occ = countGlossaryOccurrences(many, GLOSSARY);
    expect(occ.get('一带一路')).toMatchObject({ freq: 230, docFreq: 5 });
    expect(occ.get('一国两制')?.freq).toBe(115);
    expect(occ.get('一国两制')?.contexts.map((c) => `${c.file}:${c.line} ${c.text}`)).toEqual([
      'd1.txt:2 坚持“【一国两制】”和一带一路',
      'd3.txt:4 坚持“【一国两制】”和一带一路',
      'd0.txt:6 坚持“【一国两制】”和一带一路',
    ]);
  });

  it('counts a term only on word edges, as the extractor segments the clause', () => {
    const glossary = [entry('东海', 'the East China Sea'), entry('中东', 'the Middle East')];
    const clauses = [sentence('a', 1, '您对当前中东海湾局势怎么看'), sentence('a', 2, '东海和南海')];
    const occ = countGlossaryOccurrences(clauses, glossary);
    expect(occ.get('东海')).toEqual({ freq: 1, docFreq: 1, contexts: [{ file: 'a.txt', line: 2, text: '【东海】和南海' }] });
    expect(occ.get('中东')?.freq).toBe(1);
    expect(countGlossaryOccurrences(clauses, glossary, { wordBoundaries: false }).get('东海')?.freq).toBe(2);
  });

  it('keeps maxContexts contexts and one per clause', () => {
    const occ = countGlossaryOccurrences([sentence('a', 1, '双循环和双循环'), sentence('a', 2, '双循环')], GLOSSARY, { maxContexts: 2 });
    expect(occ.get('双循环')).toEqual({
      freq: 3,
      docFreq: 1,
      contexts: [
        { file: 'a.txt', line: 1, text: '【双循环】和双循环' },
        { file: 'a.txt', line: 2, text: '【双循环】' },
      ],
    });
  });
});

describe('mergeTerms', () => {
  const occurrences = countGlossaryOccurrences(SENTENCES, GLOSSARY);
  const terms = termsToEnrich(CANDIDATES, GLOSSARY, occurrences);
  const records = mergeTerms(CANDIDATES, terms.map(enrichment), GLOSSARY, occurrences);

  it('asks for enrichments of the candidates and of the glossary terms it reports without one', () => {
    expect(terms).toEqual(['构建人类命运共同体', '一带一路', '高质量发展', '命运共同体', '一国两制', '人类命运共同体']);
  });

  it('orders the candidates by extractor rank, then glossary-only terms by frequency', () => {
    expect(records.map((r) => [r.zh, r.status, r.freq])).toEqual([
      ['构建人类命运共同体', 'candidate', 12],
      ['一带一路', 'glossary', 40],
      ['高质量发展', 'candidate', 30],
      ['命运共同体', 'candidate', 14],
      ['一国两制', 'glossary', 2],
      ['人类命运共同体', 'glossary', 1],
    ]);
  });

  it('an exact match takes the renderings, and the entry pinyin overrides the computed one', () => {
    expect(records[1]).toEqual({
      zh: '一带一路',
      pinyin: 'Yídài Yílù',
      pinyinNumbers: 'Yi2dai4 Yi2lu4',
      hant: 'hant:一带一路',
      tw: 'tw:一带一路',
      hk: 'hk:一带一路',
      hsk: null,
      gloss: null,
      en: 'the Belt and Road Initiative',
      enAdmitted: [],
      enDeprecated: ['One Belt, One Road'],
      status: 'glossary',
      freq: 40,
      docFreq: 9,
      score: 0.8,
      contexts: [{ file: 'a.txt', line: 1, text: '【一带一路】' }],
      related: [],
      forms: ['一带一路'],
      needsTranslation: false,
      note: 'Capitalized as a name.',
    });
  });

  it('a candidate containing a glossary term links to it and needs a translation', () => {
    expect(records[0]).toMatchObject({ zh: '构建人类命运共同体', en: null, status: 'candidate', related: ['人类命运共同体'], needsTranslation: true, pinyin: 'gòujiàn rénlèi mìngyùn gòngtóngtǐ' });
  });

  it('a candidate inside a glossary term is related to it but needs no translation of its own', () => {
    expect(records[3]).toMatchObject({ zh: '命运共同体', status: 'candidate', related: ['人类命运共同体'], needsTranslation: false });
    expect(records[2]).toMatchObject({ zh: '高质量发展', status: 'candidate', related: [], needsTranslation: false, en: null, enAdmitted: [], enDeprecated: [] });
  });

  it('a glossary term the extractor missed is reported with its corpus frequency and contexts', () => {
    expect(records[5]).toEqual({
      zh: '人类命运共同体',
      pinyin: 'rénlèi mìngyùn gòngtóngtǐ',
      pinyinNumbers: 'ren2lei4 ming4yun4 gong4tong2ti3',
      hant: 'hant:人类命运共同体',
      tw: 'tw:人类命运共同体',
      hk: 'hk:人类命运共同体',
      hsk: null,
      gloss: null,
      en: 'a community with a shared future for mankind',
      enAdmitted: [],
      enDeprecated: ['a community of common destiny'],
      status: 'glossary',
      freq: 1,
      docFreq: 1,
      score: 0,
      contexts: [{ file: 'a.txt', line: 1, text: '推动构建【人类命运共同体】' }],
      // related lists glossary terms only (TermRecord.related); the candidates point here, not the other way.
      related: [],
      needsTranslation: false,
      source: 'Xinhua',
      domain: 'diplomacy',
    });
  });

  it('leaves out glossary terms absent from the corpus unless asked', () => {
    expect(records.some((r) => r.zh === '全过程人民民主')).toBe(false);
    const all = mergeTerms(CANDIDATES, [...terms, '全过程人民民主', '双循环'].map(enrichment), GLOSSARY, occurrences, { includeUnseen: true });
    expect(all.slice(-2).map((r) => [r.zh, r.freq])).toEqual([
      ['全过程人民民主', 0],
      ['双循环', 0],
    ]);
  });

  it('relates glossary terms to the glossary terms they contain or sit inside', () => {
    const glossary = [entry('一带一路', 'the Belt and Road Initiative'), entry('共建一带一路', 'Belt and Road cooperation'), entry('一带一路倡议', 'the Belt and Road Initiative (BRI)')];
    const sentences = [sentence('a', 1, '共建一带一路倡议')];
    const occ = countGlossaryOccurrences(sentences, glossary);
    const merged = mergeTerms([], termsToEnrich([], glossary, occ).map(enrichment), glossary, occ);
    expect(merged.map((r) => [r.zh, r.freq, r.related])).toEqual([
      ['一带一路', 1, ['一带一路倡议', '共建一带一路']],
      ['一带一路倡议', 1, ['一带一路']],
      ['共建一带一路', 1, ['一带一路']],
    ]);
  });

  it('links contained terms on word edges only', () => {
    const glossary = [entry('东海', 'the East China Sea'), entry('中东海湾', 'the Middle East Gulf region')];
    const candidates = [candidate('中东海湾局势', 2, 1, 0.5), candidate('海湾', 3, 1, 0.4)];
    const merged = mergeTerms(candidates, termsToEnrich(candidates, glossary, new Map()).map(enrichment), glossary, new Map());
    expect(merged.map((r) => [r.zh, r.related, r.needsTranslation])).toEqual([
      ['中东海湾局势', ['中东海湾'], true],
      ['海湾', ['中东海湾'], false],
    ]);
  });

  it('matches candidates on the normalized form (traditional, quoted)', () => {
    const merged = mergeTerms([candidate('「一國兩制」', 3, 2, 0.5)], [enrichment('一国两制')], GLOSSARY, new Map());
    expect(merged.map((r) => [r.zh, r.status, r.en])).toEqual([['一国两制', 'glossary', 'One Country, Two Systems']]);
  });

  it('names the fix when an enrichment is missing', () => {
    expect(() => mergeTerms(CANDIDATES, [], GLOSSARY, occurrences)).toThrow('mergeTerms: no enrichment for 构建人类命运共同体: enrich the terms that termsToEnrich() returns');
  });
});
