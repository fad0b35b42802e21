// Runs child.ts in a fresh process and reads its result; formats tables.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { ChildResult } from './child.ts';

const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));

/** One measured run in a child process (its own heap, its own peak RSS). */
export function measure(mode: string, file: string, workers = 1): ChildResult {
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', CHILD, mode, file, String(workers)], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`bench child ${mode} ${file} failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(line) as ChildResult;
}

export const MBps = (r: ChildResult): number => r.bytes / (1 << 20) / (r.wallMs / 1000);

/** A plain-text table with right-aligned numbers. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function fmt(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return Math.abs(n) >= 100 ? n.toFixed(0) : Math.abs(n) >= 10 ? n.toFixed(1) : n.toFixed(2);
}

/** The machine, for the record: cores, memory, and how busy it was (other processes skew wall time). */
export function machine(): string {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, load average ${load}`;
}
