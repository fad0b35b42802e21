// One measured run, in its own process so that peak RSS belongs to this run alone.
// Usage: node --import tsx child.ts MODE FILE [WORKERS]; prints one JSON line (ChildResult).
//   read        read and normalize clauses only
//   segment     read + nodejs-jieba on every clause (segmentation alone)
//   segment-rs  read + @node-rs/jieba on every clause
//   extract     count (WORKERS threads) + rank + contexts, as zhterm extract does
import { statSync } from 'node:fs';
import { readSentenceBatches } from '../../../src/corpus/index.ts';
import { extractPaths } from '../../../src/extract/parallel.ts';
import { cutWords } from '../../../src/segment/index.ts';

export interface ChildResult {
  mode: string;
  workers: number;
  bytes: number;
  wallMs: number;
  /** User + system CPU time of all threads. */
  cpuMs: number;
  maxRssMB: number;
  phases: Record<string, number>;
  tokens?: number;
  /** The top candidates, `term freq docFreq`, to compare outputs between runs. */
  top?: string[];
  ngrams?: number;
  pruneFloor?: number;
}

const [mode, file, workersArg] = process.argv.slice(2);
const workers = Number(workersArg ?? 1);
const phases: Record<string, number> = {};
const started = performance.now();
const result: Partial<ChildResult> = {};

async function segmentAll(cut: (text: string) => string[]): Promise<number> {
  let tokens = 0;
  for await (const batch of readSentenceBatches([file])) for (const s of batch) tokens += cut(s.norm).length;
  return tokens;
}

if (mode === 'read') {
  result.tokens = await segmentAll(() => []);
} else if (mode === 'segment') {
  cutWords('预热'); // loads the dictionary outside the timed loop's first clause, as counting does too
  result.tokens = await segmentAll(cutWords);
} else if (mode === 'segment-rs') {
  const { cutWords: cutNodeRs } = await import('./node-rs-jieba.ts');
  result.tokens = await segmentAll(cutNodeRs);
} else if (mode === 'extract') {
  let cpuMark = process.cpuUsage();
  const onPhase = (p: string, ms: number): void => {
    const cpu = process.cpuUsage(cpuMark);
    cpuMark = process.cpuUsage();
    phases[p] = ms;
    phases[`${p}Cpu`] = (cpu.user + cpu.system) / 1000;
  };
  const { candidates, counts } = await extractPaths([file], { workers, onPhase });
  result.top = candidates.slice(0, 200).map((c) => `${c.term} ${c.freq} ${c.docFreq}`);
  result.ngrams = counts.table.size;
  result.pruneFloor = counts.pruneFloor;
  result.tokens = counts.tokens;
} else {
  throw new Error(`unknown mode ${mode}`);
}

const cpu = process.cpuUsage();
const out: ChildResult = {
  mode,
  workers,
  bytes: statSync(file).size,
  wallMs: performance.now() - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  maxRssMB: process.resourceUsage().maxRSS / 1024,
  phases,
  ...result,
};
process.stdout.write(`${JSON.stringify(out)}\n`);
