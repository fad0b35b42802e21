// npm run bench -- --only extract [PATH] [--sizes 10,50,100] [--workers 2]
// Segmentation alone vs full extraction (1 thread, and N worker threads) on the same inputs of about
// 10, 50 and 100 MB, each run in its own process: wall time, CPU time, MB/s, peak RSS (issue 7's targets).
import { benchSizes, benchSource, makeInput } from './scale/inputs.ts';
import { machine, MBps, measure, table } from './scale/measure.ts';
import type { ChildResult } from './scale/child.ts';

const s = (ms: number): number => ms / 1000;

export async function run(args: string[]): Promise<void> {
  const source = benchSource(args);
  const sizes = benchSizes(args);
  const w = args.indexOf('--workers');
  const workers = w >= 0 ? Number(args[w + 1]) : 2;
  console.log(`input: ${source} (about ${sizes.join(', ')} MB)\nmachine: ${machine()}\n`);

  const rows: { mb: number; seg: ChildResult; one: ChildResult; many: ChildResult }[] = [];
  for (const size of sizes) {
    const input = makeInput(source, size);
    const seg = measure('segment', input.path);
    const one = measure('extract', input.path, 1);
    const many = measure('extract', input.path, workers);
    rows.push({ mb: input.bytes / (1 << 20), seg, one, many });
    process.stderr.write(`bench extract: ${size} MB done\n`);
  }

  const same = (a: ChildResult, b: ChildResult): string => (JSON.stringify(a.top) === JSON.stringify(b.top) ? 'yes' : `no (${overlap(a, b)}% of top 200)`);
  console.log(
    table(
      ['MB', 'segment s', 'cpu s', 'MB/s', 'RSS MB', 'extract 1 s', 'cpu s', 'MB/s', 'RSS MB', '÷segment', `${workers} workers s`, 'cpu s', 'RSS MB', 'speedup', 'same top 200'],
      rows.map(({ mb, seg, one, many }) => [
        mb,
        s(seg.wallMs),
        s(seg.cpuMs),
        MBps(seg),
        seg.maxRssMB,
        s(one.wallMs),
        s(one.cpuMs),
        MBps(one),
        one.maxRssMB,
        one.wallMs / seg.wallMs,
        s(many.wallMs),
        s(many.cpuMs),
        many.maxRssMB,
        one.wallMs / many.wallMs,
        same(one, many),
      ]),
    ),
  );
  // CPU time per phase is the process's: with workers it adds up every thread.
  const phase = (r: ChildResult, p: string): string => `${s(r.phases[p]).toFixed(1)} / ${s(r.phases[`${p}Cpu`]).toFixed(1)}`;
  console.log(`\nphases (wall s / cpu s, all threads), and the counts built:`);
  console.log(
    table(
      ['MB', 'threads', 'count', 'rank', 'contexts', 'n-grams', 'prune floor'],
      rows.flatMap(({ mb, one, many }) =>
        [one, many].map((r) => [mb, String(r.workers), phase(r, 'count'), phase(r, 'rank'), phase(r, 'contexts'), r.ngrams ?? 0, r.pruneFloor ?? 1]),
      ),
    ),
  );
  if (rows.length > 1) {
    const [first, last] = [rows[0], rows.at(-1)!];
    const ratio = (pick: (r: (typeof rows)[number]) => ChildResult): string => (pick(last).wallMs / pick(first).wallMs).toFixed(2);
    console.log(
      `\ntime ratio ${last.mb.toFixed(0)} MB / ${first.mb.toFixed(0)} MB (input ratio ${(last.mb / first.mb).toFixed(2)}): ` +
        `segment ${ratio((r) => r.seg)}, extract 1 thread ${ratio((r) => r.one)}, ${workers} workers ${ratio((r) => r.many)}`,
    );
  }
}

function overlap(a: ChildResult, b: ChildResult): number {
  const terms = new Set((a.top ?? []).map((t) => t.split(' ')[0]));
  const shared = (b.top ?? []).filter((t) => terms.has(t.split(' ')[0])).length;
  return Math.round((100 * shared) / Math.max(1, terms.size));
}
