import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { realPath } from '../../src/cli/protect.ts';

const EXCERPT = new URL('../fixtures/extract/press-excerpt.txt', import.meta.url).pathname;
const GLOSSARY = 'test/fixtures/check/glossary.tsv';

let stderr: string;
beforeEach(() => {
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
});
afterEach(() => vi.restoreAllMocks());

const zhterm = (...args: string[]): Promise<number> => main(['node', 'zhterm', ...args]);

/** A folder with a copy of the excerpt, a glossary folder, and links to both. */
function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'zhterm-protect-'));
  const corpus = join(dir, 'corpus.txt');
  writeFileSync(corpus, readFileSync(EXCERPT, 'utf8'));
  const glossaryDir = join(dir, 'terms');
  mkdirSync(glossaryDir);
  const glossary = join(glossaryDir, 'diplomacy.tsv');
  writeFileSync(glossary, readFileSync(GLOSSARY, 'utf8'));
  symlinkSync(corpus, join(dir, 'corpus-link.txt'));
  symlinkSync(glossaryDir, join(dir, 'terms-link'));
  return { dir, corpus, glossaryDir, glossary };
}

describe('realPath', () => {
  it('resolves links, through the folder of a file not yet written and through a dangling link', () => {
    const { dir, corpus, glossaryDir } = workspace();
    const real = realPath(dir);
    expect(realPath(join(dir, 'corpus-link.txt'))).toBe(realPath(corpus));
    expect(realPath(join(dir, 'terms-link', 'new.tsv'))).toBe(join(real, 'terms', 'new.tsv'));
    symlinkSync(join(glossaryDir, 'not-yet.tsv'), join(dir, 'dangling.tsv'));
    expect(realPath(join(dir, 'dangling.tsv'))).toBe(join(real, 'terms', 'not-yet.tsv'));
  });
});

describe('no command writes over what it reads, nor into a glossary', () => {
  it('extract and check see through symbolic links', async () => {
    const { dir, corpus, glossaryDir } = workspace();
    const link = join(dir, 'corpus-link.txt');
    expect(await zhterm('extract', corpus, '-o', link)).toBe(2);
    expect(stderr).toBe(`zhterm: ${link}: is an input of this extraction; write it elsewhere\n`);
    stderr = '';
    const intoLinked = join(dir, 'terms-link', 'report.tsv');
    expect(await zhterm('check', '--source', corpus, '--target', corpus, '-g', glossaryDir, '-o', intoLinked)).toBe(2);
    expect(stderr).toBe(`zhterm: ${intoLinked}: is part of the glossary ${glossaryDir}; write it elsewhere\n`);
    expect(readFileSync(corpus, 'utf8')).toBe(readFileSync(EXCERPT, 'utf8'));
  });

  it('extract and count never write a file the corpus folder they read would pick up', async () => {
    const { dir, corpus } = workspace();
    expect(await zhterm('extract', dir, '-o', corpus, '-q')).toBe(2);
    expect(stderr).toBe(`zhterm: ${corpus}: is read as part of the corpus folder ${dir} by this extraction; write it elsewhere\n`);
    stderr = '';
    const newText = join(dir, 'terms.txt');
    expect(await zhterm('count', dir, '-o', newText, '-q')).toBe(2);
    expect(stderr).toBe(`zhterm: ${newText}: is read as part of the corpus folder ${dir} by this count; write it elsewhere\n`);
    expect(readFileSync(corpus, 'utf8')).toBe(readFileSync(EXCERPT, 'utf8'));
    // a file the reader does not pick up may go there
    expect(await zhterm('extract', dir, '-o', join(dir, 'terms.tsv'), '-q')).toBe(0);
  });

  it('extract, enrich and count never write into the project glossary, even when they do not read it', async () => {
    const into = join('glossary', 'diplomacy-new.tsv');
    try {
      expect(await zhterm('extract', EXCERPT, '-o', into)).toBe(2);
      expect(stderr).toBe(`zhterm: ${into}: is part of the project glossary glossary; write it elsewhere\n`);
      stderr = '';
      expect(await zhterm('count', EXCERPT, '-o', into)).toBe(2);
      expect(stderr).toBe(`zhterm: ${into}: is part of the project glossary glossary; write it elsewhere\n`);
      stderr = '';
      const { dir } = workspace();
      const list = join(dir, 'terms.txt');
      writeFileSync(list, '一带一路\n');
      expect(await zhterm('enrich', list, '-o', into)).toBe(2);
      expect(stderr).toBe(`zhterm: ${into}: is part of the project glossary glossary; write it elsewhere\n`);
      expect(existsSync(into)).toBe(false);
    } finally {
      rmSync(into, { force: true });
    }
  });

  it('enrich refuses to write over its term list', async () => {
    const { dir } = workspace();
    const list = join(dir, 'terms.txt');
    writeFileSync(list, '一带一路\n');
    expect(await zhterm('enrich', list, '-o', list)).toBe(2);
    expect(stderr).toBe(`zhterm: ${list}: is the term list being enriched; write it elsewhere\n`);
    expect(readFileSync(list, 'utf8')).toBe('一带一路\n');
  });

  it('build refuses a glossary that is one of its own outputs (a termbase re-imported from exports/)', async () => {
    const { dir, corpus } = workspace();
    const termbase = join(dir, 'termbase.xlsx');
    writeFileSync(termbase, 'the translator’s edited workbook');
    expect(await zhterm('build', corpus, '-g', termbase, '-o', dir, '-q')).toBe(2);
    expect(stderr).toBe(`zhterm: ${termbase}: is part of the glossary ${termbase}; write it elsewhere\n`);
    expect(readFileSync(termbase, 'utf8')).toBe('the translator’s edited workbook');
  });

  it('glossary export sees through links too, unless --force', async () => {
    const { dir, glossaryDir } = workspace();
    const intoLinked = join(dir, 'terms-link', 'diplomacy.tsv');
    expect(await zhterm('glossary', 'export', glossaryDir, '-o', intoLinked)).toBe(2);
    expect(stderr).toBe(`zhterm: ${intoLinked}: is part of the glossary ${glossaryDir}; choose another -o or pass --force to overwrite it\n`);
    expect(resolve(intoLinked)).not.toBe(realPath(intoLinked));
  });
});
