// npm run bench -- --only segment [PATH] [--sizes 10,50,100]
// The segmenter question of issue 7: nodejs-jieba (the one zhterm uses) against @node-rs/jieba, on the
// same inputs: speed and peak RSS (each run in its own process), agreement of tokens on the bundled
// corpus, and how each installs.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readSentences } from '../../src/corpus/index.ts';
import { cutWords } from '../../src/segment/index.ts';
import { benchSizes, benchSource, makeInput, REPO } from './scale/inputs.ts';
import { machine, MBps, measure, table } from './scale/measure.ts';
import { cutWords as cutNodeRs } from './scale/node-rs-jieba.ts';

type Cut = (text: string) => string[];

/** Token boundaries of a segmentation, as character offsets. */
function boundaries(words: string[]): Set<number> {
  const out = new Set<number>();
  let at = 0;
  for (const w of words) out.add((at += w.length));
  return out;
}

/** Share of clauses cut identically, and F1 of word boundaries, on the bundled corpus. */
async function agreement(a: Cut, b: Cut): Promise<{ clauses: number; identical: number; boundaryF1: number; tokensA: number; tokensB: number }> {
  let clauses = 0;
  let identical = 0;
  let both = 0;
  let onlyA = 0;
  let onlyB = 0;
  let tokensA = 0;
  let tokensB = 0;
  for await (const s of readSentences([join(REPO, 'data')])) {
    const wa = a(s.norm);
    const wb = b(s.norm);
    clauses++;
    tokensA += wa.length;
    tokensB += wb.length;
    if (wa.join('\u0001') === wb.join('\u0001')) identical++;
    const ba = boundaries(wa);
    const bb = boundaries(wb);
    for (const x of ba) (bb.has(x) ? both++ : onlyA++);
    for (const x of bb) if (!ba.has(x)) onlyB++;
  }
  return { clauses, identical, boundaryF1: (2 * both) / (2 * both + onlyA + onlyB), tokensA, tokensB };
}

function installFacts(): string[] {
  const nodejs = join(REPO, 'node_modules/nodejs-jieba/build/Release');
  const built = existsSync(nodejs) ? readdirSync(nodejs).filter((f) => f.endsWith('.node')) : [];
  const rsDir = readdirSync(join(REPO, 'node_modules/@node-rs')).filter((d) => d.startsWith('jieba-'));
  return [
    `nodejs-jieba: compiled at install by node-gyp (needs python3, make, g++): ${built.length ? `build/Release/${built.join(', ')}` : 'no compiled addon found'}`,
    `@node-rs/jieba: prebuilt N-API binary from a per-platform npm package, no compiler: ${rsDir.map((d) => `@node-rs/${d}`).join(', ') || 'none installed'}`,
  ];
}

/** `npm run eval --only extract`'s figures, with the given segmenter swapped in (node-rs) or not. */
function evalFigures(nodeRs: boolean): string {
  const hook = nodeRs ? ['--import', join(REPO, 'scripts/bench/scale/use-node-rs-jieba.mjs')] : [];
  const run = spawnSync(process.execPath, ['--import', 'tsx', ...hook, join(REPO, 'scripts/eval/index.ts'), '--only', 'extract'], { cwd: REPO, encoding: 'utf8' });
  const lines = run.stdout.split('\n').filter((l) => /^(precision|recall)/.test(l));
  return run.status === 0 && lines.length ? lines.join('; ') : `eval failed (${run.status}): ${run.stderr.split('\n')[0]}`;
}

export async function run(args: string[]): Promise<void> {
  const source = benchSource(args);
  const sizes = benchSizes(args, [10]);
  console.log(`input: ${source} (about ${sizes.join(', ')} MB)\nmachine: ${machine()}\n`);
  const rows = sizes.map((size) => {
    const input = makeInput(source, size);
    const read = measure('read', input.path);
    const nodejs = measure('segment', input.path);
    const rs = measure('segment-rs', input.path);
    return [input.bytes / (1 << 20), MBps(read), MBps(nodejs), nodejs.cpuMs / 1000, nodejs.maxRssMB, MBps(rs), rs.cpuMs / 1000, rs.maxRssMB, nodejs.cpuMs / rs.cpuMs];
  });
  console.log(table(['MB', 'read only MB/s', 'nodejs-jieba MB/s', 'cpu s', 'RSS MB', '@node-rs/jieba MB/s', 'cpu s', 'RSS MB', 'cpu ratio'], rows));

  const a = await agreement(cutWords, cutNodeRs);
  console.log(
    `\nagreement on data/ (${a.clauses} clauses): ${((100 * a.identical) / a.clauses).toFixed(1)}% of clauses cut identically, ` +
      `word-boundary F1 ${a.boundaryF1.toFixed(4)}, tokens ${a.tokensA} (nodejs-jieba) vs ${a.tokensB} (@node-rs/jieba)`,
  );
  for (const line of installFacts()) console.log(line);
  console.log(`npm run eval --only extract with nodejs-jieba:   ${evalFigures(false)}`);
  console.log(`npm run eval --only extract with @node-rs/jieba: ${evalFigures(true)}`);
}
