// `zhterm count [paths...] -o FILE`: the n-gram counts of one shard of a corpus, for
// `zhterm extract --counts FILES...` to merge and rank. Any batch system can count shards anywhere.
import type { Command } from 'commander';
import { discoverFiles, inputName } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { writeCountsFile } from '../extract/counts-file.ts';
import { countPaths, defaultWorkers } from '../extract/parallel.ts';
import { createProgress } from '../io/progress.ts';
import { positiveInt } from './options.ts';
import { corpusReads, projectGlossary, refuseOutputOverInputs } from './protect.ts';

interface CountCliOptions {
  output?: string;
  maxLen: number;
  encoding?: string;
  workers?: number;
  shares?: number;
  quiet: boolean;
}

async function count(paths: string[], opts: CountCliOptions): Promise<void> {
  if (paths.length === 0) throw new ZhtermError('count: no input (give files, directories or - for standard input)');
  if (opts.output === undefined || opts.output === '-') throw new ZhtermError('count: give the counts file to write with -o FILE (it is binary)');
  refuseOutputOverInputs(opts.output, [...corpusReads(paths, 'count'), projectGlossary()]);
  const inputs = discoverFiles(paths).map((f) => ({ path: inputName(f.path), bytes: f.size }));
  const progress = createProgress({ stage: 'count', quiet: opts.quiet });
  const counts = await countPaths(paths, { maxChars: opts.maxLen, encoding: opts.encoding, workers: opts.workers, shares: opts.shares, progress });
  progress.setStage('write');
  writeCountsFile(opts.output, counts, { inputs });
  progress.done();
  if (counts.sentences === 0) process.stderr.write(`zhterm count: warning: no text in ${paths.map(inputName).join(', ')}\n`);
  if (!opts.quiet) {
    process.stderr.write(
      `zhterm count: ${inputs.length} file(s), ${counts.documents} document(s), ${counts.tokens} words, ${counts.table.size} n-grams → ${opts.output}\n`,
    );
  }
}

export function registerCount(program: Command): void {
  program
    .command('count')
    .description('Count the n-grams of one shard of a corpus into a file; `zhterm extract --counts FILES...` merges shards and ranks.')
    .argument('[paths...]', 'files, directories (.txt and .md, recursively) or - for standard input')
    .option('-o, --output <file>', 'counts file to write (required)')
    .option('--max-len <N>', 'longest candidate in characters (must match across shards)', positiveInt, 16)
    .option('--encoding <name>', 'input encoding (default: detected per file)')
    .option('-j, --workers <N>', `worker threads (default: ${defaultWorkers()} from 16 MiB of input, 1 below; at most one per share)`, positiveInt)
    .option('--shares <N>', 'count files in N shares merged in order (default 2): the counts depend on N, never on -j', positiveInt)
    .option('-q, --quiet', 'no progress line or summary on stderr', false)
    .action(count);
}
