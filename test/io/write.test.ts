import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../../src/io/write.ts';

describe('writeFileAtomic', () => {
  it('writes the file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    writeFileAtomic(join(dir, 'terms.tsv'), '一带一路\tBelt and Road\n');
    expect(readFileSync(join(dir, 'terms.tsv'), 'utf8')).toBe('一带一路\tBelt and Road\n');
    expect(readdirSync(dir)).toEqual(['terms.tsv']);
  });

  it('names the file when it cannot be written, and leaves nothing behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    const target = join(dir, 'sub');
    writeFileAtomic(join(target, 'a.txt'), 'x');
    // Writing to a path whose parent is a file fails.
    expect(() => writeFileAtomic(join(target, 'a.txt', 'b.txt'), 'y')).toThrow(/a\.txt\/b\.txt: cannot write: a folder on its path is a file$/);
    expect(readdirSync(target)).toEqual(['a.txt']);
  });

  it('follows a symbolic link: the file it points to gets the data, the link stays a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    writeFileAtomic(join(dir, 'real.tsv'), 'old\n');
    symlinkSync('real.tsv', join(dir, 'link.tsv'));
    writeFileAtomic(join(dir, 'link.tsv'), '一带一路\n');
    expect(lstatSync(join(dir, 'link.tsv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.tsv'), 'utf8')).toBe('一带一路\n');
    expect(readdirSync(dir).sort()).toEqual(['link.tsv', 'real.tsv']);
  });

  it('follows a link to a file not written yet: the file is created, the link stays a link', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    symlinkSync('real.json', join(dir, 'link.json'));
    writeFileAtomic(join(dir, 'link.json'), '[]\n');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.json'), 'utf8')).toBe('[]\n');
  });

  it('refuses a directory as the target', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    mkdirSync(join(dir, 'out.tsv'));
    expect(() => writeFileAtomic(join(dir, 'out.tsv'), 'x')).toThrow(/out\.tsv: cannot write: is a directory$/);
  });
});

describe('writeFilesAtomic', () => {
  it('renames nothing unless every file could be written: a failed build leaves the earlier one whole', () => {
    const dir = mkdtempSync(join(tmpdir(), 'zhterm-'));
    writeFilesAtomic([
      { path: join(dir, 'termbase.csv'), data: 'old csv' },
      { path: join(dir, 'termbase.json'), data: 'old json' },
    ]);
    // the second target cannot be written (a folder on its path is a file)
    expect(() =>
      writeFilesAtomic([
        { path: join(dir, 'termbase.csv'), data: 'new csv' },
        { path: join(dir, 'termbase.json', 'x'), data: 'new json' },
      ]),
    ).toThrow(/termbase\.json\/x: cannot write/);
    expect(readFileSync(join(dir, 'termbase.csv'), 'utf8')).toBe('old csv');
    expect(readdirSync(dir).sort()).toEqual(['termbase.csv', 'termbase.json']);
  });
});
