import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFromPaths } from '../../src/extract/index.ts';
import { extractPaths } from '../../src/extract/parallel.ts';

/** Three simplified lines, then the traditional form, after the term already has its three contexts. */
function corpus(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'zhterm-paths-')), 'forms.txt');
  writeFileSync(path, ['推进“一带一路”建设。', '共建“一带一路”。', '“一带一路”合作。', '“一帶一路”倡議。'].join('\n'));
  return path;
}

describe('extractFromPaths', () => {
  it('lists every surface form seen, also after the term has its three contexts', async () => {
    const path = corpus();
    const [top] = await extractFromPaths([path], { top: 1 });
    expect(top.term).toBe('一带一路');
    expect(top.contexts.map((c) => c.line)).toEqual([1, 2, 3]);
    expect(top.forms).toEqual(['“一带一路”', '“一帶一路”']);
  });

  it('gives what extractPaths gives, forms included', async () => {
    const path = corpus();
    expect(await extractFromPaths([path], { top: 5 })).toEqual((await extractPaths([path], { top: 5, workers: 1 })).candidates);
  });
});
