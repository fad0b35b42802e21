import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { main } from '../../src/cli/main.ts';
import type { Finding } from '../../src/types.ts';

const GLOSSARY = 'test/fixtures/check/glossary.tsv';
const dir = mkdtempSync(join(tmpdir(), 'zhterm-check-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const clean = file('clean.tsv', 'id\tzh\ten\n1\t推进“一带一路”建设\tpromote the Belt and Road Initiative\n2\t联合国\tthe United Nations\n');
const faulty = file('faulty.tsv', 'id\tzh\ten\n1\t推进一带一路建设\tpromote One Belt, One Road\n2\t联合国\tthe organisation\n');
const warningOnly = file('warn.tsv', 'id\tzh\ten\n1\t人民币\tRMB\n2\t人民币\tRMB\n3\t人民币\tyuan\n');

/** Runs `zhterm check` with these arguments, standard output muted, standard error captured. */
async function zhtermCheck(...args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  try {
    return { code: await main(['node', 'zhterm', 'check', ...args]), stderr };
  } finally {
    spy.mockRestore();
    stdout.mockRestore();
  }
}

/** The same with the fixture glossary and no recurring-term check. */
const check = (...args: string[]): Promise<{ code: number; stderr: string }> => zhtermCheck('--glossary', GLOSSARY, '--no-recurring', ...args);

afterEach(() => {
  process.exitCode = undefined;
});

describe('zhterm check', () => {
  it('exits 0 on a clean bitext', async () => {
    expect((await check(clean)).code).toBe(0);
  });

  it('exits 1 on errors and writes the findings as JSON', async () => {
    const out = join(dir, 'report.json');
    expect((await check(faulty, '-f', 'json', '-o', out)).code).toBe(1);
    const findings = JSON.parse(readFileSync(out, 'utf8')) as Finding[];
    expect(findings.map((f) => [f.id, f.check, f.severity, f.term, f.expected, f.found, f.file, f.line])).toEqual([
      ['1', 'deprecated-translation', 'error', '一带一路', ['Belt and Road Initiative', 'Belt and Road', 'BRI'], ['One Belt, One Road'], faulty, 2],
      ['2', 'missing-translation', 'error', '联合国', ['United Nations', 'UN'], [], faulty, 3],
    ]);
  });

  it('--fail-on decides which severity fails', async () => {
    expect((await check(warningOnly)).code).toBe(0);
    expect((await check(warningOnly, '--fail-on', 'warning')).code).toBe(1);
  });

  it('--checks limits the checks', async () => {
    expect((await check(faulty, '--checks', 'source-variant')).code).toBe(0);
    expect((await check(faulty, '--checks', 'spelling')).code).toBe(2);
  });

  it('reads --source/--target aligned files', async () => {
    const zh = file('zh.txt', '推进一带一路建设\n联合国\n');
    const en = file('en.txt', 'promote the BRI\nthe organisation\n');
    const out = join(dir, 'aligned.json');
    expect((await check('--source', zh, '--target', en, '-f', 'json', '-o', out)).code).toBe(1);
    expect((JSON.parse(readFileSync(out, 'utf8')) as Finding[]).map((f) => [f.id, f.check, f.file, f.line, f.source, f.target])).toEqual([
      ['2', 'missing-translation', zh, 2, '联合国', 'the organisation'],
    ]);
  });

  it('writes html and xlsx reports', async () => {
    const html = join(dir, 'report.html');
    const xlsx = join(dir, 'report.xlsx');
    await check(faulty, '-f', 'html', '-o', html);
    await check(faulty, '-f', 'xlsx', '-o', xlsx);
    expect(readFileSync(html, 'utf8')).toContain('<span class="term" lang="zh">联合国</span>');
    const rows = XLSX.utils.sheet_to_json<Record<string, string>>(XLSX.read(readFileSync(xlsx)).Sheets.Findings!);
    expect(rows.map((r) => [r.term, r.check, r.segment, r.found])).toEqual([
      ['一带一路', 'deprecated-translation', '1', 'One Belt, One Road'],
      ['联合国', 'missing-translation', '2', ''],
    ]);
    expect(rows.map((r) => [r.source, r.target])[1]).toEqual(['联合国', 'the organisation']);
  });

  it.each([
    [['bad.tsv', 'zh\ten\tcomment\n联合国\tUN\tx\n'], /bad\.tsv:1: unknown column "comment" \(expected id, zh, en\)/],
    [['bad.tmx', '<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>联合国</seg></tuv>\n</body></tmx>'], /bad\.tmx:3: malformed XML/],
    [['empty.tsv', 'zh\ten\n联合国\t\n'], /empty\.tsv:2: empty target/],
  ])('exits 2 with file:line on bad input (%s)', async ([name, text], message) => {
    const { code, stderr } = await check(file(name!, text!));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
  });

  it('never writes the report over one of its inputs, and refuses an empty --checks', async () => {
    const input = file('input.tsv', readFileSync(faulty, 'utf8'));
    const { code, stderr } = await check(input, '-o', input);
    expect([code, stderr]).toEqual([2, `zhterm: ${input}: is an input of this check; write it elsewhere\n`]);
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(faulty, 'utf8'));
    expect((await check(clean, '--checks', '')).code).toBe(2);
  });

  it('never writes the report over the glossary or into its folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-check-glossary-'));
    const glossary = join(dir, 'diplomacy.tsv');
    writeFileSync(glossary, readFileSync(GLOSSARY, 'utf8'));
    const overFile = await zhtermCheck('-g', glossary, faulty, '-o', glossary);
    expect([overFile.code, overFile.stderr]).toEqual([2, `zhterm: ${glossary}: is part of the glossary ${glossary}; write it elsewhere\n`]);
    const intoFolder = await zhtermCheck('-g', dir, faulty, '-o', join(dir, 'report.tsv'));
    expect([intoFolder.code, intoFolder.stderr]).toEqual([2, `zhterm: ${join(dir, 'report.tsv')}: is part of the glossary ${dir}; write it elsewhere\n`]);
    expect(readFileSync(glossary, 'utf8')).toBe(readFileSync(GLOSSARY, 'utf8'));
  });

  it('names the glossary it used when none is given (./glossary when there is one, else the project’s)', async () => {
    const { stderr } = await zhtermCheck('--no-recurring', clean);
    expect(stderr).toMatch(/^zhterm check: glossary \S*glossary \(\d+ entries\)\n$/);
  });

  it('exits 2 when there is no segment to check, and ignores blank lines at the end of aligned files', async () => {
    const headerOnly = file('header.tsv', 'id\tzh\ten\n');
    expect(await check(headerOnly)).toEqual({ code: 2, stderr: `zhterm: ${headerOnly}: no segments to check\n` });
    const zh = file('zh-blank.txt', '联合国\n');
    const en = file('en-blank.txt', 'the United Nations\n\n\n');
    expect((await check('--source', zh, '--target', en)).code).toBe(0);
  });

  it('takes the report format from the -o extension, and refuses a glossary without entries', async () => {
    const out = join(dir, 'report.xlsx');
    await check(faulty, '-o', out);
    expect(XLSX.read(readFileSync(out)).SheetNames.length).toBeGreaterThan(0);
    const empty = file('empty-glossary.tsv', 'zh\ten\n');
    // the later --glossary wins over the helper's
    expect(await check('--glossary', empty, clean)).toEqual({ code: 2, stderr: `zhterm: ${empty}: the glossary has no entries: nothing to check against\n` });
  });

  it('warns when the glossary contradicts itself, and still checks', async () => {
    const contradictory = file('contradictory.tsv', 'zh\ten\ten_deprecated\n联合国\tUnited Nations\t\n联合国\tthe UN\t\n一带一路\tBelt and Road Initiative\tBelt and Road Initiative\n');
    expect(await check('--glossary', contradictory, clean)).toEqual({
      code: 0,
      stderr: `zhterm: ${contradictory}:3: warning: Conflicting rendering of \`联合国\`: \`the UN\` here, \`United Nations\` at ${contradictory}:2 (keep one; list the other as admitted or deprecated) (and 1 more); findings may be wrong until it is fixed: run zhterm glossary lint ${contradictory}\n`,
    });
  });

  it('passes on the warnings of a TBX glossary (concepts without English left out)', async () => {
    const tbx = file('candidates.tbx', `<martif type="TBX-Basic" xml:lang="zh-CN"><martifHeader><fileDesc><sourceDesc><p>zhterm</p></sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>联合国</term></tig></langSet><langSet xml:lang="en-US"><tig><term>United Nations</term></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-CN"><tig><term>双循环</term></tig></langSet></termEntry>
</body></text></martif>`);
    expect(await check('--glossary', tbx, clean)).toEqual({
      code: 0,
      stderr: `zhterm: ${tbx}: warning: 1 of 2 concepts have no Chinese or no English term (or only deprecated ones) and are not glossary entries: left out\n`,
    });
  });

  it('refuses an -o name whose extension promises another format, unless --format says which', async () => {
    const pdf = join(dir, 'report.pdf');
    expect(await check(faulty, '-o', pdf)).toEqual({ code: 2, stderr: `zhterm: ${pdf}: cannot write a check report as .pdf; name it .txt, .json, .html or .xlsx, or choose --format\n` });
    expect((await check(faulty, '-o', join(dir, 'report.txt'))).code).toBe(1);
    expect((await check(faulty, '-f', 'table', '-o', join(dir, 'report.md'))).code).toBe(1);
  });

  it('exits 2 on unequal line counts and on --format xlsx without -o', async () => {
    const zh = file('z.txt', '一\n二\n');
    const en = file('e.txt', 'one\n');
    expect((await check('--source', zh, '--target', en)).stderr).toContain(`${zh}:2: unequal line counts`);
    const { code, stderr } = await check(faulty, '-f', 'xlsx');
    expect(code).toBe(2);
    expect(stderr).toBe('zhterm: --format xlsx needs -o FILE.xlsx\n');
  });
});
