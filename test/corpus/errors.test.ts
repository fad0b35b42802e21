import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSentences, type ReadOptions } from '../../src/corpus/index.ts';
import { ZhtermError } from '../../src/errors.ts';

const FIXTURES = 'test/fixtures/corpus';

async function failure(paths: string[], options: ReadOptions = {}): Promise<ZhtermError> {
  try {
    for await (const _ of readSentences(paths, options));
  } catch (err) {
    if (err instanceof ZhtermError) return err;
    throw err;
  }
  throw new Error('expected a ZhtermError');
}

describe('corpus errors name the file, exit code 2', () => {
  it('a missing path', async () => {
    const err = await failure(['no/such/file.txt']);
    expect(err.message).toBe('no/such/file.txt: no such file or directory');
    expect(err.exitCode).toBe(2);
  });

  it('a directory without text files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'table.csv'), '一带一路,1\n');
    expect((await failure([dir])).message).toBe(`${dir}: directory contains no text files (.txt, .md)`);
  });

  it('a binary file', async () => {
    const err = await failure([`${FIXTURES}/bad/image.txt`]);
    expect(err.message).toMatch(/^test\/fixtures\/corpus\/bad\/image\.txt: binary file \(NUL bytes\)/);
    expect(err.exitCode).toBe(2);
  });

  it('NUL bytes after the detection sample, with the line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    const path = join(dir, 'late.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('坚持和平发展\n'.repeat(3)), Buffer.from([0, 1, 2])]));
    expect((await failure([path], { encoding: 'utf-8', chunkSize: 4 })).message).toBe(`${path}:4: binary file (NUL bytes)`);
  });

  it('bytes that are not UTF-8 in a UTF-8 file, with the line (detected)', async () => {
    const err = await failure([`${FIXTURES}/bad/invalid-utf8.txt`]);
    expect(err.message).toBe('test/fixtures/corpus/bad/invalid-utf8.txt:3: invalid UTF-8 bytes (pass --encoding if the file is in another encoding)');
    expect(err.line).toBe(3);
  });

  it('bytes that are not UTF-8 in a UTF-8 file, with the line (streamed in small chunks)', async () => {
    const err = await failure([`${FIXTURES}/bad/invalid-utf8.txt`], { encoding: 'utf-8', chunkSize: 5 });
    expect(err.message).toBe('test/fixtures/corpus/bad/invalid-utf8.txt:3: bytes that are not valid utf-8');
  });

  it('a file in an encoding other than the one forced', async () => {
    const err = await failure([`${FIXTURES}/encodings/gb18030.txt`], { encoding: 'utf-8' });
    expect(err.message).toBe('test/fixtures/corpus/encodings/gb18030.txt:1: bytes that are not valid utf-8');
  });

  it('a truncated last character', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    const path = join(dir, 'cut.txt');
    writeFileSync(path, Buffer.concat([Buffer.from('坚持和平发展\n谋求'), Buffer.from([0xe5, 0x90])]));
    expect((await failure([path], { encoding: 'utf-8' })).message).toBe(`${path}:2: bytes that are not valid utf-8`);
  });

  it('an unknown --encoding', async () => {
    expect((await failure([`${FIXTURES}/press.zh.txt`], { encoding: 'klingon' })).message).toBe("--encoding: unknown encoding 'klingon'");
  });

  it('a literal U+FFFD in valid UTF-8 is text, not an error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-corpus-'));
    const path = join(dir, 'fffd.txt');
    writeFileSync(path, '替换字符\uFFFD在此\n');
    const out = [];
    for await (const s of readSentences([path])) out.push(s.text);
    expect(out).toEqual(['替换字符\uFFFD在此']);
  });
});
