import { describe, expect, it } from 'vitest';
import { countEntries, lintEntries } from '../../src/glossary/lint.ts';
import { RULES } from '../../src/glossary/lint-rules.ts';
import type { GlossaryEntry } from '../../src/types.ts';

let line = 1;
/** An entry at a.tsv:<next line>. */
function entry(zh: string, en: string, more: Partial<GlossaryEntry> = {}): GlossaryEntry {
  return { zh, en, enAdmitted: [], enDeprecated: [], origin: { file: 'a.tsv', line: ++line }, ...more };
}

/** Messages of one rule over the entries. */
function run(ruleId: string, entries: GlossaryEntry[]): string[] {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return lintEntries(entries, { rules: [rule] }).map((p) => p.message);
}

interface RuleCase {
  rule: string;
  valid: GlossaryEntry[][];
  invalid: { entries: GlossaryEntry[]; messages: string[] }[];
}

function cases(): RuleCase[] {
  line = 1;
  return [
    {
      rule: 'duplicate',
      valid: [[entry('一带一路', 'the Belt and Road Initiative'), entry('一国两制', 'One Country, Two Systems')]],
      invalid: [
        {
          // traditional, quoted and full-width spellings fold onto the same term
          entries: [entry('一国两制', 'One Country, Two Systems', { origin: { file: 'a.tsv', line: 2 } }), entry('「一國兩制」', 'one country, two systems', { origin: { file: 'b.tsv', line: 7 } })],
          messages: ['Duplicate of `一国两制` at a.tsv:2'],
        },
      ],
    },
    {
      rule: 'conflict',
      valid: [[entry('双循环', 'dual circulation'), entry('国内大循环', 'domestic circulation')]],
      invalid: [
        {
          entries: [entry('双循环', 'dual circulation', { origin: { file: 'a.tsv', line: 4 } }), entry('双循环', 'dual-cycle development pattern')],
          messages: ['Conflicting rendering of `双循环`: `dual-cycle development pattern` here, `dual circulation` at a.tsv:4 (keep one; list the other as admitted or deprecated)'],
        },
      ],
    },
    {
      rule: 'preferred-deprecated',
      valid: [[entry('一带一路', 'the Belt and Road Initiative', { enDeprecated: ['One Belt, One Road'] })]],
      invalid: [
        {
          entries: [entry('一带一路', 'the Belt and Road Initiative', { enDeprecated: ['One Belt, One Road', 'The Belt and Road  initiative'] })],
          messages: ['Unexpected `the Belt and Road Initiative` as both preferred and deprecated rendering of `一带一路`'],
        },
        {
          // the checker reads a hyphen as a space: this deprecated rendering could never be reported
          entries: [entry('双循环', 'dual-circulation', { enDeprecated: ['dual circulation'] })],
          messages: ['Unexpected `dual-circulation` as both preferred and deprecated rendering of `双循环`'],
        },
      ],
    },
    {
      rule: 'admitted-deprecated',
      valid: [[entry('人类命运共同体', 'a community with a shared future for mankind', { enAdmitted: ['a community with a shared future for humanity'], enDeprecated: ['a community of common destiny'] })]],
      invalid: [
        {
          entries: [entry('人类命运共同体', 'a community with a shared future for mankind', { enAdmitted: ['a community of common destiny'], enDeprecated: ['A community of common destiny'] })],
          messages: ['Unexpected `a community of common destiny` as both admitted and deprecated rendering of `人类命运共同体`'],
        },
      ],
    },
    {
      rule: 'repeated-rendering',
      valid: [[entry('新质生产力', 'new quality productive forces', { enAdmitted: ['new-quality productive forces'] })]],
      invalid: [
        {
          entries: [entry('新质生产力', 'new quality productive forces', { enAdmitted: ['New quality productive forces'] })],
          messages: ['Unexpected repeated rendering `New quality productive forces` of `新质生产力`'],
        },
      ],
    },
    {
      rule: 'zh-traditional',
      valid: [[entry('乾隆', 'Qianlong'), entry('“一带一路”', 'the Belt and Road Initiative'), entry('著名', 'famous')]],
      invalid: [{ entries: [entry('兩岸關係', 'cross-Strait relations')], messages: ['Unexpected traditional form `兩岸關係`, use `两岸关系` instead'] }],
    },
    {
      rule: 'zh-form',
      valid: [[entry('G20峰会', 'the G20 summit'), entry('中国—中东欧国家合作', 'China-CEEC cooperation'), entry('《联合国宪章》', 'the UN Charter'), entry('不忘初心、牢记使命', 'Stay true to our founding mission'), entry('互联网+政务服务', 'Internet Plus government services')]],
      invalid: [
        { entries: [entry('Ｇ２０峰会', 'the G20 summit')], messages: ['Unexpected full-width or compatibility characters in `Ｇ２０峰会`, use `G20峰会` instead'] },
        { entries: [entry('一带 一路', 'the Belt and Road Initiative')], messages: ['Unexpected " " in zh `一带 一路`'] },
        { entries: [entry('一带一路。', 'the Belt and Road Initiative')], messages: ['Unexpected "。" in zh `一带一路。`'] },
        { entries: [entry('BRICS', 'BRICS')], messages: ['Unexpected `BRICS` in zh: it has no Chinese characters'] },
      ],
    },
    {
      rule: 'en-form',
      valid: [[entry('一国两制', 'One Country, Two Systems', { enAdmitted: ["'one country, two systems'"] })]],
      invalid: [
        { entries: [entry('一国两制', 'One Country,  Two Systems')], messages: ['Unexpected doubled space in `One Country,  Two Systems`, use `One Country, Two Systems` instead'] },
        { entries: [entry('一国两制', 'One Country, Two Systems', { enDeprecated: ['一国两制 policy'] })], messages: ['Unexpected Chinese characters in the rendering `一国两制 policy`'] },
        { entries: [entry('一国两制', 'One Country，Two Systems')], messages: ['Unexpected full-width characters in `One Country，Two Systems`, use `One Country,Two Systems` instead'] },
      ],
    },
    {
      rule: 'pinyin-form',
      valid: [
        [
          entry('一带一路', 'the Belt and Road Initiative', { pinyin: 'yídài yílù' }),
          entry('西安', "Xi'an", { pinyin: "Xī'ān" }),
          entry('双循环', 'dual circulation'),
          entry('2035年远景目标', 'the long-range objectives through the year 2035', { pinyin: '2035 nián yuǎnjǐng mùbiāo' }),
          entry('互联网+政务服务', 'Internet Plus government services', { pinyin: 'Hùliánwǎng+ zhèngwù fúwù' }),
          entry('G20峰会', 'the G20 summit', { pinyin: 'G20 fēnghuì' }),
        ],
      ],
      invalid: [
        { entries: [entry('一带一路', 'the Belt and Road Initiative', { pinyin: 'yi2dai4 yi2lu4' })], messages: ['Unexpected tone numbers in pinyin `yi2dai4 yi2lu4`, use tone marks instead'] },
        { entries: [entry('一带一路', 'the Belt and Road Initiative', { pinyin: 'yídài/yílù' })], messages: ['Unexpected characters in pinyin `yídài/yílù` of `一带一路`'] },
      ],
    },
    {
      rule: 'pinyin-orthography',
      valid: [[entry('人类命运共同体', 'a community with a shared future for mankind', { pinyin: 'rénlèi mìngyùn gòngtóngtǐ' }), entry('中阿', 'China-Arab', { pinyin: 'Zhōng Ā' })]],
      invalid: [
        {
          entries: [entry('匈塞铁路', 'Hungary-Serbia Railway', { pinyin: 'xiōng sài tiě lù' })],
          messages: ['Unexpected syllable-by-syllable pinyin `xiōng sài tiě lù` of `匈塞铁路`: join the syllables of each word (rénlèi mìngyùn gòngtóngtǐ), or leave the column empty to use the computed pinyin'],
        },
      ],
    },
    {
      rule: 'no-source',
      valid: [[entry('双循环', 'dual circulation', { source: 'Government Work Report 2021' })]],
      invalid: [{ entries: [entry('双循环', 'dual circulation')], messages: ['Unexpected entry `双循环` without a source: name where `dual circulation` is attested'] }],
    },
    {
      rule: 'list-separator',
      valid: [[entry('一带一路', 'the Belt and Road Initiative', { enAdmitted: ['Belt and Road', 'BRI'] })]],
      invalid: [
        {
          entries: [entry('一带一路', 'the Belt and Road Initiative', { enAdmitted: ['Belt and Road; BRI'] })],
          messages: ['Unexpected `;` in `Belt and Road; BRI`: give one rendering per item and separate the items of en_admitted and en_deprecated with |'],
        },
      ],
    },
  ];
}

describe('lint rules', () => {
  const table = cases();
  it('covers every rule', () => {
    expect(table.map((c) => c.rule).sort()).toEqual(RULES.map((r) => r.id).sort());
  });
  for (const { rule, valid, invalid } of table) {
    describe(rule, () => {
      it.each(valid.map((entries) => [entries.map((e) => e.zh).join(' '), entries]))('valid: %s', (_name, entries) => {
        expect(run(rule, entries as GlossaryEntry[])).toEqual([]);
      });
      it.each(invalid.map(({ entries, messages }) => [entries.map((e) => e.zh).join(' '), entries, messages]))('invalid: %s', (_name, entries, messages) => {
        expect(run(rule, entries as GlossaryEntry[])).toEqual(messages);
      });
    });
  }
});

describe('lintEntries', () => {
  it('reports in file and line order with rule ids and severities', () => {
    line = 1;
    const entries = [
      entry('双循环', 'dual circulation', { source: 'GWR 2021', origin: { file: 'b.tsv', line: 3 } }),
      entry('雙循環', 'dual circulation', { origin: { file: 'b.tsv', line: 9 } }),
      entry('新质生产力', 'new quality productive forces', { enAdmitted: ['new quality productive forces'], source: 'Xinhua', origin: { file: 'a.tsv', line: 4 } }),
    ];
    expect(lintEntries(entries).map((p) => `${p.file}:${p.line} ${p.severity} ${p.rule}`)).toEqual([
      'a.tsv:4 warning repeated-rendering',
      'b.tsv:9 error duplicate',
      'b.tsv:9 error zh-traditional',
      'b.tsv:9 warning no-source',
    ]);
  });

  it('counts entries by domain', () => {
    line = 1;
    const entries = [
      entry('双循环', 'dual circulation', { domain: 'economy' }),
      entry('一带一路', 'the Belt and Road Initiative', { domain: 'diplomacy' }),
      entry('人类命运共同体', 'a community with a shared future for mankind', { domain: 'diplomacy' }),
      entry('放管服', 'streamline administration, delegate power, improve regulation and services'),
    ];
    expect(countEntries(entries, 2)).toEqual({ entries: 4, files: 2, byDomain: [['diplomacy', 2], ['economy', 1], ['no domain', 1]] });
  });
});
