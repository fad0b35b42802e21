import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.ts';

// Input errors seen through the CLI: one line on stderr naming the file, exit code 2, no output file.
describe('reading errors through zhterm count', () => {
  let stderr: string[];
  beforeEach(() => {
    stderr = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (stderr.push(String(chunk)), true));
  });
  afterEach(() => vi.restoreAllMocks());

  const out = (): string => join(mkdtempSync(join(tmpdir(), 'zhterm-cli-')), 'shard.zhc');

  it.each([
    ['no/such/dir', 'zhterm: no/such/dir: no such file or directory\n'],
    ['test/fixtures/corpus/bad/image.txt', 'zhterm: test/fixtures/corpus/bad/image.txt: binary file (NUL bytes); if it is UTF-16 without a byte-order mark, pass --encoding utf-16le or utf-16be\n'],
    ['test/fixtures/corpus/bad/invalid-utf8.txt', 'zhterm: test/fixtures/corpus/bad/invalid-utf8.txt:3: invalid UTF-8 bytes (pass --encoding if the file is in another encoding)\n'],
  ])('%s', async (path, message) => {
    const file = out();
    expect(await main(['node', 'zhterm', 'count', path, '-o', file, '-q', '-j', '1'])).toBe(2);
    expect(stderr).toEqual([message]);
  });

  it('reads a GB18030 file given with --encoding gbk', async () => {
    expect(await main(['node', 'zhterm', 'count', 'test/fixtures/corpus/encodings/gb18030.txt', '--encoding', 'gbk', '-o', out(), '-q'])).toBe(0);
    expect(stderr).toEqual([]);
  });
});
