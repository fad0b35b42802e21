// `zhterm extract [paths...]`: recurring set phrases of a corpus, ranked by n-gram statistics alone.
// The thin CLI over src/extract: parses options, picks the formatter, writes atomically.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { ZhtermError } from '../errors.ts';
import { extractFromPaths } from '../extract/index.ts';
import { EXTRACT_FORMATTERS, type ExtractFormat } from '../extract/format.ts';
import { createProgress } from '../io/progress.ts';
import { writeOutput } from '../io/write.ts';

interface ExtractCliOptions {
  top?: number;
  minFreq: number;
  maxLen: number;
  format?: ExtractFormat;
  output?: string;
  encoding?: string;
  quiet: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number ≥ 1');
  return n;
}

async function extract(paths: string[], opts: ExtractCliOptions): Promise<void> {
  if (paths.length === 0) throw new ZhtermError('extract: no input (give files, directories or - for standard input)');
  const progress = createProgress({ stage: 'extract', quiet: opts.quiet });
  let sentences = 0;
  const candidates = await extractFromPaths(paths, {
    top: opts.top,
    minFreq: opts.minFreq,
    maxLen: opts.maxLen,
    encoding: opts.encoding,
    progress,
    onSentence: () => sentences++,
  });
  progress.done();
  if (sentences === 0) process.stderr.write(`zhterm extract: warning: no text in ${paths.join(', ')}: nothing to extract\n`);
  const toFile = opts.output !== undefined && opts.output !== '-';
  const format = opts.format ?? (!toFile && process.stdout.isTTY ? 'table' : 'tsv');
  writeOutput(opts.output, EXTRACT_FORMATTERS[format](candidates));
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Recurring set phrases and terms of a corpus, ranked by n-gram statistics (frequency, association, boundary entropy, termhood, nesting).')
    .argument('[paths...]', 'files, directories (.txt and .md, recursively) or - for standard input')
    .option('-n, --top <N>', 'keep the best N candidates (default: all)', positiveInt)
    .option('--min-freq <N>', 'minimum frequency', positiveInt, 2)
    .option('--max-len <N>', 'longest candidate in characters', positiveInt, 16)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else tsv)').choices(Object.keys(EXTRACT_FORMATTERS)))
    .option('-o, --output <file>', 'write here instead of standard output')
    .option('--encoding <name>', 'input encoding (default: detected per file)')
    .option('-q, --quiet', 'no progress line on stderr', false)
    .action(extract);
}
