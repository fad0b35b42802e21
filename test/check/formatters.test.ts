import { describe, expect, it } from 'vitest';
import { formatHtml } from '../../src/check/formatters/html.ts';
import { formatTable } from '../../src/check/formatters/table.ts';
import type { Finding } from '../../src/types.ts';

const findings: Finding[] = [
  { id: '1', check: 'deprecated-translation', severity: 'error', term: '一带一路', expected: ['Belt and Road Initiative'], found: ['One Belt, One Road'], file: 'a.tsv', line: 2, message: 'Unexpected “One Belt, One Road” for “一带一路”, use “Belt and Road Initiative” instead' },
  { id: '12', check: 'missing-translation', severity: 'error', term: '联合国', expected: ['United Nations', 'UN'], found: [], file: 'a.tsv', line: 13, message: '“联合国” is not translated: expected “United Nations” or “UN”', source: '联合国大会在纽约召开', target: 'The <General Assembly> met in New York' },
  { id: '3', check: 'inconsistent-translation', severity: 'warning', term: '一带一路', expected: ['Belt and Road'], found: ['BRI'], file: 'a.tsv', line: 4, message: '“一带一路” rendered “<BRI>”' },
];

describe('report formats', () => {
  it('table: grouped by term, no colours unless asked', () => {
    expect(formatTable(findings)).toBe(
      [
        '一带一路  → Belt and Road Initiative',
        '  a.tsv:2  #1  error    deprecated-translation    Unexpected “One Belt, One Road” for “一带一路”, use “Belt and Road Initiative” instead',
        '  a.tsv:4  #3  warning  inconsistent-translation  “一带一路” rendered “<BRI>”',
        '',
        '联合国  → United Nations | UN',
        '  a.tsv:13  #12  error    missing-translation       “联合国” is not translated: expected “United Nations” or “UN”',
        '',
        '2 errors, 1 warning, 0 info in 3 segments',
        '',
      ].join('\n'),
    );
    expect(formatTable(findings, { color: true })).toContain('\u001b[1;35m一带一路\u001b[0m');
    expect(formatTable([])).toBe('No terminology problems found.\n');
    // given the segments read, the summary says how many of them have findings, and how many a clean run checked
    expect(formatTable(findings, { checked: 40 }).split('\n').at(-2)).toBe('2 errors, 1 warning, 0 info in 3 of 40 segments');
    expect(formatTable([], { checked: 40 })).toBe('No terminology problems found in 40 segments.\n');
  });

  it('table: a term with only source-variant findings has no rendering in its heading (not 一国两制 → 一国两制)', () => {
    const variant: Finding = { id: '5', check: 'source-variant', severity: 'info', term: '一国两制', expected: ['一国两制'], found: ['一國兩制'], file: 'a.tsv', line: 6, message: '“一國兩制” written for “一国两制”' };
    expect(formatTable([variant]).split('\n')[0]).toBe('一国两制');
  });

  it('table: terms with errors come before terms with only warnings or information', () => {
    const info: Finding = { id: '2', check: 'inconsistent-translation', severity: 'info', term: '办公厅', expected: ['General Office'], found: ['Office'], file: 'a.tsv', line: 3, message: '“办公厅” rendered “Office”' };
    const error = findings[1]!;
    const terms = formatTable([info, findings[2]!, error])
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith(' '))
      .slice(0, 3);
    expect(terms).toEqual(['联合国  → United Nations | UN', '一带一路  → Belt and Road', '办公厅  → General Office']);
  });

  it('html: a standalone page with the text escaped', () => {
    const html = formatHtml(findings);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('“<mark>一带一路</mark>” rendered “&lt;BRI&gt;”');
    expect(html).not.toMatch(/<script|<link/);
    // the segment's text, the term marked, for the reviewer
    expect(html).toContain('<td class="segment"><div lang="zh"><mark>联合国</mark>大会在纽约召开</div><div lang="en">The &lt;General Assembly&gt; met in New York</div></td>');
  });
});
