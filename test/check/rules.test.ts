import { describe, expect, it } from 'vitest';
import { checkUnits } from '../../src/check/index.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import type { CheckId, Finding, GlossaryEntry, TranslationUnit } from '../../src/types.ts';

const glossary = loadGlossary('test/fixtures/check/glossary.tsv');
const unit = (id: string, source: string, target: string): TranslationUnit => ({ id, file: 'doc.tsv', line: Number(id) + 1, source, target });
const run = (check: CheckId, units: TranslationUnit[]): Finding[] => checkUnits(units, glossary, { checks: [check], recurring: [] });
const brief = (findings: Finding[]): [string, string, string, string, string[], string[]][] =>
  findings.map((f) => [f.id, f.check, f.severity, f.term, f.expected, f.found]);

describe('missing-translation', () => {
  it.each<[string, string]>([
    ['推进“一带一路”建设', 'promote the Belt and Road Initiative'],
    ['推进一带一路建设', 'advance the BRI'],
    ['构建人类命运共同体', 'build a community with a shared future for humanity'],
    ['中国共产党的领导', "the CPC's leadership"],
    ['他是共产党员', 'he is a party member'],
    ['深化改革', 'deepening reforms'],
    ['加入世界贸易组织', 'joined the WTO'],
  ])('valid: %s → %s', (zh, en) => {
    expect(run('missing-translation', [unit('1', zh, en)])).toEqual([]);
  });

  it.each<[string, string, [string, string[]][]]>([
    ['推进一带一路建设', 'promote the Silk Road project', [['一带一路', ['Belt and Road Initiative', 'Belt and Road', 'BRI']]]],
    ['构建人类命运共同体', 'build a shared community', [['人类命运共同体', ['community with a shared future for mankind', 'community with a shared future for humanity']]]],
    ['中国共产党和联合国', 'the party and the UN', [['中国共产党', ['Communist Party of China', 'CPC']]]],
  ])('invalid: %s → %s', (zh, en, expected) => {
    expect(brief(run('missing-translation', [unit('1', zh, en)]))).toEqual(expected.map(([term, exp]) => ['1', 'missing-translation', 'error', term, exp, []]));
  });

  it('a term inside a compound word only warns: the compound may have a rendering of its own', () => {
    const eu: GlossaryEntry[] = [{ zh: '欧盟', en: 'European Union', enAdmitted: ['EU'], enDeprecated: [] }];
    const findings = checkUnits([unit('1', '欧盟委员会发布报告', 'the European Commission published a report')], eu, { recurring: [] });
    expect(brief(findings)).toEqual([['1', 'missing-translation', 'warning', '欧盟', ['European Union', 'EU'], []]]);
    expect(findings[0]!.message).toBe('“欧盟” (in “欧盟委员会”) is not translated: expected “European Union” or “EU”, unless “欧盟委员会” has a rendering of its own');
  });

  it('a glossary term across its edge that is rendered makes it a warning (全面深化 + 改革开放, not 全面深化改革 + 开放)', () => {
    const reform: GlossaryEntry[] = [
      { zh: '全面深化改革', en: 'deepen reform across the board', enAdmitted: [], enDeprecated: [] },
      { zh: '改革开放', en: 'reform and opening up', enAdmitted: [], enDeprecated: [] },
    ];
    const across = checkUnits([unit('1', '全面深化改革开放', 'deepening reform and opening up across the board')], reform, { recurring: [] });
    expect(brief(across)).toEqual([['1', 'missing-translation', 'warning', '全面深化改革', ['deepen reform across the board'], ['reform and opening up']]]);
    expect(across[0]!.message).toBe('“全面深化改革” is not translated as listed: the source also reads “改革开放” across it, rendered “reform and opening up”; expected “deepen reform across the board”');
    // the other term rendered, but not the words of this one's rendering (全面深化 left out): an error
    const shortened = checkUnits([unit('3', '坚持全面深化改革开放', 'We uphold reform and opening up')], reform, { recurring: [] });
    expect(brief(shortened)).toEqual([['3', 'missing-translation', 'error', '全面深化改革', ['deepen reform across the board'], []]]);
    // without the other term's rendering it stays an error
    const dropped = checkUnits([unit('2', '全面深化改革开放', 'further opening the economy')], reform, { recurring: [] });
    expect(brief(dropped)).toEqual([['2', 'missing-translation', 'error', '全面深化改革', ['deepen reform across the board'], []]]);
  });

  const news: GlossaryEntry[] = [
    { zh: '美国', en: 'United States', enAdmitted: ['US', 'America'], enDeprecated: [] },
    { zh: '奥运会', en: 'Olympic Games', enAdmitted: ['Olympics'], enDeprecated: [] },
    { zh: '人类命运共同体', en: 'community with a shared future for mankind', enAdmitted: [], enDeprecated: ['community of common destiny'] },
    { zh: '推动构建人类命运共同体', en: 'promote the building of a community with a shared future for mankind', enAdmitted: [], enDeprecated: [] },
  ];
  const checkNews = (zh: string, en: string): Finding[] => checkUnits([unit('1', zh, en)], news, { recurring: [] });

  it('a term that is part of a longer proper name only warns: the name may have a rendering of its own', () => {
    const findings = checkNews('美国环保局周三宣布决定', 'The EPA announced the decision on Wednesday');
    expect(brief(findings)).toEqual([['1', 'missing-translation', 'warning', '美国', ['United States', 'US', 'America'], []]]);
    expect(findings[0]!.message).toBe('“美国” (in the name “美国环保局”) is not translated: expected “United States” or “US” or “America”, unless the name has a rendering of its own');
    expect(brief(checkNews('2012年伦敦奥运会前', 'ahead of London 2012'))).toEqual([['1', 'missing-translation', 'warning', '奥运会', ['Olympic Games', 'Olympics'], []]]);
  });

  it('a country before an official’s title or one of its states only warns: English leaves it out where the context is clear', () => {
    const findings = checkNews('美国前总统奥巴马发表讲话', 'Former President Obama gave a speech');
    expect(brief(findings)).toEqual([['1', 'missing-translation', 'warning', '美国', ['United States', 'US', 'America'], []]]);
    expect(findings[0]!.message).toBe('“美国” (qualifying “美国前总统”) is not translated: expected “United States” or “US” or “America”, unless the context makes the place clear');
    expect(brief(checkNews('美国乔治亚州一名男子被判刑', 'A Georgia man was sentenced'))).toEqual([['1', 'missing-translation', 'warning', '美国', ['United States', 'US', 'America'], []]]);
    expect(brief(checkNews('美国电视网播出', 'Showtime aired it'))).toEqual([['1', 'missing-translation', 'warning', '美国', ['United States', 'US', 'America'], []]]);
    // 城市 ends like a division (市) but is no place name: the country is left out of an ordinary phrase
    expect(brief(checkNews('美国城市房价上涨', 'house prices in cities rose'))).toEqual([['1', 'missing-translation', 'error', '美国', ['United States', 'US', 'America'], []]]);
  });

  it('a country left out where the target refers to “the country” only warns', () => {
    const findings = checkNews('当美国一回到正规', 'as soon as the country got back on its feet');
    expect(brief(findings)).toEqual([['1', 'missing-translation', 'warning', '美国', ['United States', 'US', 'America'], ['the country']]]);
    expect(findings[0]!.message).toBe('“美国” is not translated: expected “United States” or “US” or “America”, unless “the country” refers to it');
  });

  it('a term that cuts into a name jieba reads (英美两国|领导人) only warns', () => {
    const leaders: GlossaryEntry[] = [{ zh: '两国领导人', en: 'leaders of the two countries', enAdmitted: [], enDeprecated: [] }];
    const findings = checkUnits([unit('1', '英美两国领导人会晤', 'the British and American leaders met')], leaders, { recurring: [] });
    expect(brief(findings)).toEqual([['1', 'missing-translation', 'warning', '两国领导人', ['leaders of the two countries'], []]]);
    expect(findings[0]!.message).toBe('“两国领导人” (in the name “英美两国领导人”) is not translated: expected “leaders of the two countries”, unless the name has a rendering of its own');
  });

  it('a place name counts in its adjective form; left out altogether it is an error', () => {
    expect(checkNews('美国工人使用美国材料', 'made by American workers with American materials')).toEqual([]);
    expect(brief(checkNews('美国经济增长放缓', 'growth slowed'))).toEqual([['1', 'missing-translation', 'error', '美国', ['United States', 'US', 'America'], []]]);
  });

  it('a term whose inner glossary term is rendered only warns: the core is there, the wording differs', () => {
    const findings = checkNews('推动构建人类命运共同体', 'work towards a community with a shared future for mankind');
    expect(brief(findings)).toEqual([
      ['1', 'missing-translation', 'warning', '推动构建人类命运共同体', ['promote the building of a community with a shared future for mankind'], ['community with a shared future for mankind']],
    ]);
    expect(findings[0]!.message).toBe(
      '“推动构建人类命运共同体” is not translated as listed: “community with a shared future for mankind” renders “人类命运共同体” in it, expected “promote the building of a community with a shared future for mankind”',
    );
  });

  it('a deprecated rendering of an inner term is that term’s error, not a missing translation', () => {
    expect(brief(checkNews('推动构建人类命运共同体', 'promote a community of common destiny'))).toEqual([
      ['1', 'deprecated-translation', 'error', '人类命运共同体', ['community with a shared future for mankind'], ['community of common destiny']],
    ]);
  });

  it('names the term and what was expected', () => {
    const [f] = run('missing-translation', [unit('4', '联合国', 'the organisation')]);
    expect(f).toEqual({
      id: '4',
      check: 'missing-translation',
      severity: 'error',
      term: '联合国',
      expected: ['United Nations', 'UN'],
      found: [],
      file: 'doc.tsv',
      line: 5,
      message: '“联合国” is not translated: expected “United Nations” or “UN”',
      source: '联合国',
      target: 'the organisation',
    });
  });
});

describe('renderings shared by two terms', () => {
  const entry = (zh: string, en: string, enAdmitted: string[] = []): GlossaryEntry => ({ zh, en, enAdmitted, enDeprecated: [] });
  const shared = [entry('中共中央', 'CPC Central Committee'), entry('中国共产党', 'Communist Party of China', ['CPC']), entry('国家主席', 'President'), entry('习近平', 'Xi Jinping', ['President Xi'])];
  const missing = (zh: string, en: string): string[] =>
    checkUnits([unit('1', zh, en)], shared, { checks: ['missing-translation'], recurring: [] }).map((f) => f.term);

  it('a rendering inside a longer rendering of another term belongs to that term', () => {
    expect(missing('中共中央致电中国共产党', 'the CPC Central Committee sent a message to the party')).toEqual(['中国共产党']);
  });

  it('unless that term is rendered elsewhere in the segment too', () => {
    expect(missing('国家主席习近平', 'President Xi Jinping')).toEqual([]);
  });
});

describe('deprecated-translation', () => {
  it('valid: an accepted rendering, or deprecated words inside an accepted rendering', () => {
    expect(run('deprecated-translation', [unit('1', '一带一路', 'the Belt and Road Initiative'), unit('2', '人民币', 'the yuan')])).toEqual([]);
  });

  it('error when the term is in the source, warning when it is not', () => {
    const findings = run('deprecated-translation', [unit('1', '推进“一带一路”建设', 'promote "One Belt One Road"'), unit('2', '丝绸之路', 'the old OBOR plan')]);
    expect(brief(findings)).toEqual([
      ['1', 'deprecated-translation', 'error', '一带一路', ['Belt and Road Initiative', 'Belt and Road', 'BRI'], ['One Belt One Road']],
      ['2', 'deprecated-translation', 'warning', '一带一路', ['Belt and Road Initiative', 'Belt and Road', 'BRI'], ['OBOR']],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'Unexpected “One Belt One Road” for “一带一路”, use “Belt and Road Initiative” instead',
      'Deprecated rendering “OBOR” (of “一带一路”), use “Belt and Road Initiative” instead',
    ]);
  });

  it('a deprecated rendering inside a longer deprecated rendering of another term is one finding, the longer', () => {
    const diplomacy: GlossaryEntry[] = [
      { zh: '大国外交', en: 'major-country diplomacy', enAdmitted: [], enDeprecated: ['great power diplomacy'] },
      { zh: '中国特色大国外交', en: 'major-country diplomacy with Chinese characteristics', enAdmitted: [], enDeprecated: ['great power diplomacy with Chinese characteristics'] },
    ];
    const findings = checkUnits([unit('1', '开创中国特色大国外交新局面', 'a new situation for great power diplomacy with Chinese characteristics')], diplomacy, { recurring: [] });
    expect(brief(findings)).toEqual([
      ['1', 'deprecated-translation', 'error', '中国特色大国外交', ['major-country diplomacy with Chinese characteristics'], ['great power diplomacy with Chinese characteristics']],
    ]);
  });

  it('a deprecated rendering listed for a term and for a term nested in it is one finding, the longer term’s', () => {
    const community: GlossaryEntry[] = [
      { zh: '人类命运共同体', en: 'community with a shared future for mankind', enAdmitted: [], enDeprecated: ['community of common destiny'] },
      { zh: '命运共同体', en: 'community with a shared future', enAdmitted: [], enDeprecated: ['community of common destiny'] },
    ];
    const findings = checkUnits([unit('1', '人类命运共同体', 'community of common destiny')], community, { recurring: [] });
    expect(brief(findings)).toEqual([
      ['1', 'deprecated-translation', 'error', '人类命运共同体', ['community with a shared future for mankind'], ['community of common destiny']],
    ]);
  });

  it('a deprecated rendering of a term in the source is its error, whatever longer term absent from the source lists it too', () => {
    const belt: GlossaryEntry[] = [
      { zh: '一带一路', en: 'Belt and Road Initiative', enAdmitted: [], enDeprecated: ['One Belt, One Road', 'OBOR'] },
      { zh: '一带一路倡议', en: 'Belt and Road Initiative', enAdmitted: [], enDeprecated: ['OBOR'] },
      { zh: '共建一带一路', en: 'Belt and Road cooperation', enAdmitted: [], enDeprecated: ['One Belt, One Road construction'] },
    ];
    const findings = checkUnits(
      [unit('1', '一带一路', 'OBOR'), unit('2', '我们将继续推进一带一路建设。', 'We will continue to advance One Belt, One Road construction.')],
      belt,
      { recurring: [] },
    );
    expect(brief(findings)).toEqual([
      ['1', 'deprecated-translation', 'error', '一带一路', ['Belt and Road Initiative'], ['OBOR']],
      ['2', 'deprecated-translation', 'error', '一带一路', ['Belt and Road Initiative'], ['One Belt, One Road']],
    ]);
  });

  it('a deprecated rendering replaces the missing-translation finding', () => {
    const findings = checkUnits([unit('1', '构建人类命运共同体', 'build a community of common destiny')], glossary, { recurring: [] });
    expect(brief(findings)).toEqual([
      ['1', 'deprecated-translation', 'error', '人类命运共同体', ['community with a shared future for mankind', 'community with a shared future for humanity'], ['community of common destiny']],
    ]);
  });
});

describe('inconsistent-translation', () => {
  it('valid: one rendering throughout; nested renderings and acronyms of the full name count as the same', () => {
    const units = [
      unit('1', '一带一路倡议', 'the Belt and Road Initiative'),
      unit('2', '一带一路合作', 'Belt and Road cooperation'),
      unit('3', '一带一路', 'the BRI'),
      unit('4', '联合国', 'the United Nations'),
      unit('5', '联合国', 'the UN'),
    ];
    expect(run('inconsistent-translation', units)).toEqual([]);
  });

  it('invalid: the minority rendering is reported with every variant, counts and segment ids', () => {
    const units = [unit('1', '人民币升值', 'the RMB rose'), unit('2', '人民币贬值', 'the RMB fell'), unit('3', '人民币汇率', 'the yuan exchange rate'), unit('4', '人民币', 'RMB')];
    const findings = run('inconsistent-translation', units);
    const variants = [
      { form: 'RMB', count: 3, ids: ['1', '2', '4'] },
      { form: 'yuan', count: 1, ids: ['3'] },
    ];
    expect(findings).toEqual([
      {
        id: '3',
        check: 'inconsistent-translation',
        severity: 'warning',
        term: '人民币',
        expected: ['RMB'],
        found: ['yuan'],
        file: 'doc.tsv',
        line: 4,
        message: '“人民币” rendered “yuan” here but “RMB” in 3 other segments: “RMB” (3×: 1, 2, 4); “yuan” (1×: 3)',
        source: '人民币汇率',
        target: 'the yuan exchange rate',
        variants,
      },
    ]);
  });

  it('an adjective shows no choice between names of a place; another name does', () => {
    const us: GlossaryEntry[] = [{ zh: '美国', en: 'United States', enAdmitted: ['US', 'America'], enDeprecated: [] }];
    const units = [unit('1', '美国总统', 'the US president'), unit('2', '美国国会', 'the US Congress'), unit('3', '美国工人', 'American workers'), unit('4', '美国经济', 'the economy of America')];
    const findings = checkUnits(units, us, { checks: ['inconsistent-translation'], recurring: [] });
    expect(brief(findings)).toEqual([['4', 'inconsistent-translation', 'warning', '美国', ['US'], ['America']]]);
  });

  it('a tie goes to the preferred rendering', () => {
    const findings = run('inconsistent-translation', [unit('1', '人民币', 'yuan'), unit('2', '人民币', 'RMB')]);
    expect(brief(findings)).toEqual([['1', 'inconsistent-translation', 'warning', '人民币', ['RMB'], ['yuan']]]);
  });

  it('is judged within one English: en-US and en-GB variants of a memory are compared among themselves', () => {
    const as = (u: TranslationUnit, targetLang: string): TranslationUnit => ({ ...u, id: `${u.id} (${targetLang})`, targetLang });
    const units = [
      as(unit('1', '人民币', 'RMB'), 'en-US'),
      as(unit('1', '人民币', 'yuan'), 'en-GB'),
      as(unit('2', '人民币', 'RMB'), 'en-US'),
      as(unit('2', '人民币', 'yuan'), 'en-GB'),
    ];
    expect(run('inconsistent-translation', units)).toEqual([]);
    const mixed = [...units, as(unit('3', '人民币', 'RMB'), 'en-GB')];
    expect(brief(run('inconsistent-translation', mixed))).toEqual([['3 (en-GB)', 'inconsistent-translation', 'warning', '人民币', ['yuan'], ['RMB']]]);
    // one region, written en-US here and en there: one English
    const oneRegion = [as(unit('1', '人民币', 'RMB'), 'en-US'), as(unit('2', '人民币', 'yuan'), 'en')];
    expect(brief(run('inconsistent-translation', oneRegion))).toEqual([['2 (en)', 'inconsistent-translation', 'warning', '人民币', ['RMB'], ['yuan']]]);
  });

  it('recurring terms outside the glossary: the usual rendering is inferred from the targets', () => {
    const units = [
      unit('1', '双循环是新格局', 'dual circulation is the new pattern'),
      unit('2', '推动双循环', 'promote dual circulation'),
      unit('3', '双循环战略', 'the dual circulation strategy'),
      unit('4', '落实双循环', 'implement dual circulation'),
      unit('5', '双循环发展', 'double cycle development'),
      unit('6', '关于双循环', 'about the double cycle'),
      unit('7', '今天下雨', 'it rains today'),
    ];
    const findings = checkUnits(units, glossary, { checks: ['inconsistent-translation'], recurring: ['双循环'] });
    expect(brief(findings)).toEqual([
      ['5', 'inconsistent-translation', 'info', '双循环', ['dual circulation'], ['double cycle']],
      ['6', 'inconsistent-translation', 'info', '双循环', ['dual circulation'], ['double cycle']],
    ]);
  });
});

describe('source-variant', () => {
  it('valid: one form throughout', () => {
    expect(run('source-variant', [unit('1', '一带一路', 'BRI'), unit('2', '推进一带一路', 'BRI')])).toEqual([]);
  });

  it('traditional beside simplified is a warning, quotation marks alone an info', () => {
    const units = [unit('1', '推进一带一路', 'BRI'), unit('2', '共建一带一路', 'BRI'), unit('3', '推進一帶一路', 'BRI'), unit('4', '“一带一路”倡议', 'BRI')];
    const findings = run('source-variant', units);
    expect(brief(findings)).toEqual([
      ['3', 'source-variant', 'warning', '一带一路', ['一带一路'], ['一帶一路']],
      ['4', 'source-variant', 'info', '一带一路', ['一带一路'], ['“一带一路”']],
    ]);
    expect(findings[0]!.message).toBe('“一带一路” written 一帶一路 here but 一带一路 2× in 2 segments: 一带一路 (2×: 1, 2); 一帶一路 (1×: 3); “一带一路” (1×: 4)');
  });

  it('says which form has quotation marks, also when the quotation holds only part of the term', () => {
    const build: GlossaryEntry[] = [{ zh: '一带一路建设', en: 'Belt and Road construction', enAdmitted: [], enDeprecated: [] }];
    const units = [unit('1', '推进“一带一路”建设', 'BRI'), unit('2', '推进一带一路建设', 'BRI'), unit('3', '一带一路建设', 'BRI')];
    const findings = checkUnits(units, build, { checks: ['source-variant'], recurring: [] });
    expect(brief(findings)).toEqual([['1', 'source-variant', 'info', '一带一路建设', ['一带一路建设'], ['“一带一路”建设']]]);
    expect(findings[0]!.message).toBe(
      '“一带一路建设” written “一带一路”建设 (with quotation marks) here but 一带一路建设 (without quotation marks) 2× in 2 segments: 一带一路建设 (2×: 2, 3); “一带一路”建设 (1×: 1)',
    );
  });
});
