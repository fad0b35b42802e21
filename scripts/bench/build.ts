// npm run bench -- --only build: the whole `zhterm build` pipeline on the Government Work Reports in ../shared
// (4 MB; the bundled press conference in data/ when ../shared is absent), then each export format on its records:
// wall time, throughput, peak memory, and the size of every file.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { discoverFiles } from '../../src/corpus/index.ts';
import { FORMATTERS, FORMAT_NAMES } from '../../src/export/index.ts';
import { buildRecords, writeExports } from '../../src/pipeline.ts';

const GOV = '../shared/corpora/gov-reports';

export async function run(_args: string[]): Promise<void> {
  const paths = existsSync(GOV) ? [GOV] : ['data/wangyi-2021-press-conference.zh.txt'];
  const mb = discoverFiles(paths).reduce((n, f) => n + f.size, 0) / 1e6;
  const out = mkdtempSync(join(tmpdir(), 'zhterm-bench-build-'));
  try {
    let start = performance.now();
    const { records, corpusFiles } = await buildRecords({ paths, glossary: 'glossary' });
    const recordsMs = performance.now() - start;
    console.log(`corpus: ${paths.join(' ')} (${corpusFiles.length} files, ${mb.toFixed(1)} MB)`);
    console.log(`extract + enrich + merge: ${records.length} records in ${(recordsMs / 1000).toFixed(1)} s (${(mb / (recordsMs / 1000)).toFixed(2)} MB/s)`);
    for (const format of FORMAT_NAMES) {
      start = performance.now();
      const [file] = writeExports(records, corpusFiles, { outDir: out, formats: [format], date: '2026-01-01' });
      const ms = performance.now() - start;
      console.log(`  ${FORMATTERS[format].fileName.padEnd(14)} ${(statSync(file.path).size / 1024).toFixed(0).padStart(6)} KB  ${ms.toFixed(0).padStart(5)} ms`);
    }
    console.log(`peak memory (RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
