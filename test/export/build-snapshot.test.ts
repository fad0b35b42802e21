// A small build compared with reviewed file snapshots. The extractor is pinned to the candidates it produced on
// the fixture corpus (test/fixtures/export/candidates.json), so these snapshots change when the build, the
// enrichment, the merge or an export format changes, not with every ranking tweak (test/extract covers that).
// Regenerate with `npx vitest run test/export/build-snapshot.test.ts -u` and review the diff by eye.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as XLSX from 'xlsx';
import { build } from '../../src/pipeline.ts';
import type { Candidate } from '../../src/types.ts';

vi.mock('../../src/extract/index.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../src/extract/index.ts')>();
  const { readSentences } = await import('../../src/corpus/index.ts');
  const pinned = JSON.parse(readFileSync(new URL('../fixtures/export/candidates.json', import.meta.url), 'utf8')) as Candidate[];
  return {
    ...actual,
    // Reads the corpus as the real extractor does (the build counts glossary terms on this pass), ranks nothing.
    extractFromPaths: async (paths: string[], options: Parameters<typeof actual.extractFromPaths>[1] = {}) => {
      for await (const sentence of readSentences(paths, options)) options.onSentence?.(sentence);
      return pinned.slice(0, options.top);
    },
  };
});

const fixtures = relative(process.cwd(), new URL('../fixtures/export/', import.meta.url).pathname);
const snapshots = '../fixtures/export/__snapshots__';
const scratch = mkdtempSync(join(tmpdir(), 'zhterm-snapshot-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('build snapshot', async () => {
  const out = join(scratch, 'exports');
  await build({ paths: [join(fixtures, 'corpus')], glossary: join(fixtures, 'glossary'), outDir: out, top: 12, date: '2026-03-07', version: '0.1.0' });
  const read = (name: string) => readFileSync(join(out, name), 'utf8');

  it('cites no absolute path', () => {
    for (const name of ['termbase.tbx', 'termbase.csv', 'termbase.json', 'anki.txt', 'pleco.txt']) {
      expect(read(name)).not.toContain(scratch);
      expect(read(name)).not.toContain(process.cwd());
    }
  });

  for (const name of ['termbase.json', 'termbase.tbx', 'termbase.csv', 'anki.txt', 'pleco.txt']) {
    it(`writes ${name} as reviewed`, async () => {
      await expect(read(name)).toMatchFileSnapshot(`${snapshots}/${name}`);
    });
  }

  it('writes termbase.xlsx as reviewed (its sheets as CSV)', async () => {
    const wb = XLSX.read(readFileSync(join(out, 'termbase.xlsx')), { type: 'buffer' });
    const sheets = wb.SheetNames.map((name) => `## ${name}\n${XLSX.utils.sheet_to_csv(wb.Sheets[name])}`).join('\n');
    await expect(sheets).toMatchFileSnapshot(`${snapshots}/termbase.xlsx.csv`);
  });
});
