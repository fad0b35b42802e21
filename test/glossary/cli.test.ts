import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tsv, writeFiles, tempDir } from './helpers.ts';

/** Runs `zhterm ...args` in-process and captures what it prints. */
async function zhterm(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  const code = await main(['node', 'zhterm', ...args]);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

afterEach(() => vi.restoreAllMocks());

const PROJECT = 'test/fixtures/glossary/project';

describe('zhterm glossary lint', () => {
  it('exits 0 with counts on a clean glossary', async () => {
    expect(await zhterm('glossary', 'lint', PROJECT)).toEqual({ code: 0, stdout: '4 entries in 2 files (diplomacy 2, governance 2): no problems\n', stderr: '' });
  });

  it('exits 1 and lists reader and rule problems with file:line, in file order', async () => {
    const dir = writeFiles({
      'a.tsv': tsv(['一带一路', 'the Belt and Road Initiative', '', 'the Belt and Road Initiative', '', 'diplomacy', '', 'FMPRC'], ['双循环', 'dual circulation']),
      'b.tsv': tsv(['一帶一路', 'Belt and Road', '', '', '', 'diplomacy', '', 'FMPRC']),
    });
    const a = join(dir, 'a.tsv');
    const b = join(dir, 'b.tsv');
    expect(await zhterm('glossary', 'lint', dir)).toEqual({
      code: 1,
      stdout: [
        `${a}:2: error: Unexpected \`the Belt and Road Initiative\` as both preferred and deprecated rendering of \`一带一路\` [preferred-deprecated]`,
        `${a}:3: error: expected 8 tab-separated fields, found 2 [column-count]`,
        `${b}:2: error: Conflicting rendering of \`一帶一路\`: \`Belt and Road\` here, \`the Belt and Road Initiative\` at ${a}:2 (keep one; list the other as admitted or deprecated) [conflict]`,
        `${b}:2: error: Unexpected traditional form \`一帶一路\`, use \`一带一路\` instead [zh-traditional]`,
        '2 entries in 2 files (diplomacy 2): 4 problems (4 errors, 0 warnings)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('exits 0 when there are only warnings, 1 with --fail-on warning', async () => {
    const dir = writeFiles({ 'a.tsv': tsv(['双循环', 'dual circulation', 'Dual circulation', '', '', '', '', 'Government Work Report 2021']) });
    const result = await zhterm('glossary', 'lint', dir, '--format', 'json');
    expect(result.code).toBe(0);
    expect((await zhterm('glossary', 'lint', dir, '--fail-on', 'warning')).code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({
      problems: [{ file: join(dir, 'a.tsv'), line: 2, rule: 'repeated-rendering', severity: 'warning', message: 'Unexpected repeated rendering `Dual circulation` of `双循环`' }],
      counts: { entries: 1, files: 1, byDomain: { 'no domain': 1 } },
    });
  });

  it('exits 2 on a path that does not exist', async () => {
    expect(await zhterm('glossary', 'lint', 'no/such/glossary')).toEqual({ code: 2, stdout: '', stderr: 'zhterm: no/such/glossary: no such file or directory\n' });
  });
});

describe('zhterm glossary import', () => {
  const csv = 'zh,en,en_deprecated\n一带一路,the Belt and Road Initiative,"One Belt, One Road"\n';

  it('converts a CSV into the project TSV and never overwrites without --force', async () => {
    const dir = writeFiles({ 'in.csv': csv });
    const out = join(dir, 'glossary', 'imported.tsv');
    expect(await zhterm('glossary', 'import', join(dir, 'in.csv'), '-o', out)).toEqual({ code: 0, stdout: '', stderr: `1 entries from ${join(dir, 'in.csv')} written to ${out}\n` });
    const expected = 'zh\ten\ten_admitted\ten_deprecated\tpinyin\tdomain\tnote\tsource\n一带一路\tthe Belt and Road Initiative\t\tOne Belt, One Road\t\t\t\t\n';
    expect(readFileSync(out, 'utf8')).toBe(expected);

    writeFileSync(out, 'my edits\n');
    expect(await zhterm('glossary', 'import', join(dir, 'in.csv'), '-o', out)).toEqual({
      code: 2,
      stdout: '',
      stderr: `zhterm: ${out}: already exists; choose another -o or pass --force to overwrite it\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe('my edits\n');
    expect((await zhterm('glossary', 'import', join(dir, 'in.csv'), '-o', out, '--force')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(expected);
  });

  it('writes only .tsv, never over the file it imports, even with --force', async () => {
    const dir = writeFiles({ 'in.tsv': 'zh\ten\n一带一路\tthe Belt and Road Initiative\n' });
    const input = join(dir, 'in.tsv');
    expect(await zhterm('glossary', 'import', input, '-o', input, '--force')).toEqual({ code: 2, stdout: '', stderr: `zhterm: ${input}: is the glossary being imported; write it elsewhere\n` });
    const xlsx = join(dir, 'out.xlsx');
    expect(await zhterm('glossary', 'import', input, '-o', xlsx)).toEqual({
      code: 2,
      stdout: '',
      stderr: `zhterm: ${xlsx}: glossary import writes the project's TSV format: name the output .tsv (or - for standard output)\n`,
    });
    expect(existsSync(xlsx)).toBe(false);
  });

  it('a malformed line stops the import with file:line and writes nothing', async () => {
    const dir = writeFiles({ 'in.csv': csv + '双循环,,\n' });
    const out = join(dir, 'out.tsv');
    expect(await zhterm('glossary', 'import', join(dir, 'in.csv'), '-o', out)).toEqual({ code: 2, stdout: '', stderr: `zhterm: ${join(dir, 'in.csv')}:3: en is empty\n` });
    expect(existsSync(out)).toBe(false);
  });
});

describe('zhterm glossary export', () => {
  it('writes JSON to standard output', async () => {
    const { code, stdout } = await zhterm('glossary', 'export', PROJECT, '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).map((e: { zh: string }) => e.zh)).toEqual(['一带一路', '人类命运共同体', '一国两制', '全过程人民民主']);
  });

  it('takes the format from the -o extension; xlsx needs -o', async () => {
    const out = join(tempDir(), 'glossary.tbx');
    expect(await zhterm('glossary', 'export', PROJECT, '-o', out, '--tbx', 'v3')).toEqual({ code: 0, stdout: '', stderr: `4 entries written to ${out}\n` });
    expect(readFileSync(out, 'utf8')).toContain('<tbx ');
    expect(await zhterm('glossary', 'export', PROJECT, '--format', 'xlsx')).toEqual({ code: 2, stdout: '', stderr: 'zhterm: --format xlsx writes a binary file: give -o FILE.xlsx\n' });
  });

  it('rejects an unknown format', async () => {
    expect((await zhterm('glossary', 'export', PROJECT, '--format', 'docx')).code).toBe(2);
  });

  it('never writes over a file of the glossary it exports unless --force, and names no format it cannot write', async () => {
    const dir = tempDir();
    const glossaryFile = join(dir, 'diplomacy.tsv');
    writeFileSync(glossaryFile, readFileSync(join(PROJECT, readdirSync(PROJECT).find((f) => f.endsWith('.tsv'))!), 'utf8'));
    const before = readFileSync(glossaryFile, 'utf8');
    expect(await zhterm('glossary', 'export', dir, '-o', glossaryFile)).toEqual({
      code: 2,
      stdout: '',
      stderr: `zhterm: ${glossaryFile}: is part of the glossary ${dir}; choose another -o or pass --force to overwrite it\n`,
    });
    expect(readFileSync(glossaryFile, 'utf8')).toBe(before);
    const csv = join(dir, 'out.csv');
    expect(await zhterm('glossary', 'export', dir, '-o', csv)).toEqual({ code: 2, stdout: '', stderr: `zhterm: ${csv}: cannot export .csv; choose --format tsv, json, xlsx, tbx\n` });
    expect(existsSync(csv)).toBe(false);
  });
});
