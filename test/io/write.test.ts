import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../src/io/write.ts';

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
    expect(() => writeFileAtomic(join(target, 'a.txt', 'b.txt'), 'y')).toThrow(/a\.txt\/b\.txt: cannot write/);
    expect(readdirSync(target)).toEqual(['a.txt']);
  });
});
