// `zhterm extract [paths...]`: recurring set phrases of a corpus, ranked by n-gram statistics alone.
// The thin CLI over src/extract: parses options, picks the formatter, writes atomically.
import { Option, type Command } from 'commander';
import { inputName } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { extractFromPaths } from '../extract/index.ts';
import { defaultWorkers, extractFromCountsFiles, extractPaths } from '../extract/parallel.ts';
import { EXTRACT_FORMATTERS, RECORD_FORMATTERS, type ExtractFormat } from '../extract/format.ts';
import { warningLine } from '../glossary/problem.ts';
import { createProgress, type Progress } from '../io/progress.ts';
import { writeOutput } from '../io/write.ts';
import { buildRecords } from '../pipeline.ts';
import { positiveInt, textOutputFormat } from './options.ts';
import { corpusReads, projectGlossary, refuseOutputOverInputs } from './protect.ts';

/** Records are enriched one by one: as many as `zhterm build` keeps unless --top says otherwise. */
const ENRICHED_TOP = 500;

interface ExtractCliOptions {
  top?: number;
  minFreq: number;
  maxLen: number;
  format?: ExtractFormat;
  output?: string;
  encoding?: string;
  quiet: boolean;
  enrich: boolean;
  glossary?: string;
  counts?: string[];
  workers?: number;
  shares?: number;
  contextsFor?: number;
}

/** --enrich / --glossary: the build pipeline's merged records (pinyin, traditional forms, official renderings). */
async function extractRecords(paths: string[], opts: ExtractCliOptions, progress: Progress): Promise<string> {
  // the glossary's own terms are counted while the corpus is read, which shards cannot give
  if (opts.counts) {
    throw new ZhtermError('--counts cannot be combined with --enrich or --glossary: rank the shards with `zhterm extract --counts FILES -f json`, or build the termbase from the corpus');
  }
  if (opts.workers !== undefined && opts.workers > 1) process.stderr.write('zhterm extract: -j ignored with --enrich/--glossary: counted on one thread (the output is the same)\n');
  const { records } = await buildRecords({
    paths,
    glossary: opts.glossary,
    top: opts.top ?? ENRICHED_TOP,
    minFreq: opts.minFreq,
    maxLen: opts.maxLen,
    encoding: opts.encoding,
    shares: opts.shares,
    contextsFor: opts.contextsFor,
    progress,
    onGlossaryWarning: (p) => process.stderr.write(warningLine(p)),
  });
  progress.done();
  if (records.length === 0) process.stderr.write(`zhterm extract: warning: no terms found in ${paths.join(', ')}\n`);
  return RECORD_FORMATTERS[outputFormat(opts)](records);
}

function outputFormat(opts: ExtractCliOptions): ExtractFormat {
  const toFile = opts.output !== undefined && opts.output !== '-';
  return textOutputFormat(opts.format, opts.output, ['tsv', 'json'] as ExtractFormat[], !toFile && process.stdout.isTTY ? 'table' : 'tsv');
}

async function extract(paths: string[], opts: ExtractCliOptions): Promise<void> {
  if (paths.length === 0 && !opts.counts) throw new ZhtermError('extract: no input (give files, directories or - for standard input)');
  outputFormat(opts); // a bad -o name fails now, not after the extraction
  // the output never replaces a corpus file, a counts file or the glossary being merged
  refuseOutputOverInputs(opts.output, [
    ...corpusReads(paths, 'extraction'),
    ...(opts.counts ?? []).map((path) => ({ path, role: 'a counts file of this extraction' })),
    ...(opts.glossary !== undefined ? [{ path: opts.glossary, role: `part of the glossary ${opts.glossary}`, wholeFolder: true }] : []),
    projectGlossary(),
  ]);
  const progress = createProgress({ stage: 'extract', quiet: opts.quiet });
  if (opts.enrich || opts.glossary !== undefined) {
    writeOutput(opts.output, await extractRecords(paths, opts, progress));
    return;
  }
  if (opts.counts || !paths.includes('-')) {
    // files: on worker threads from 16 MiB (docs/scale.md; the output is the same on any number of threads), or
    // shards counted by `zhterm count` (paths then only give contexts); standard input below, kept in memory
    const options = { top: opts.top, minFreq: opts.minFreq, maxLen: opts.maxLen, maxChars: opts.maxLen, encoding: opts.encoding, workers: opts.workers, shares: opts.shares, contextsFor: opts.contextsFor, progress };
    const { candidates, counts } = opts.counts ? await extractFromCountsFiles(opts.counts, paths, options) : await extractPaths(paths, options);
    progress.done();
    if (counts.sentences === 0) process.stderr.write(`zhterm extract: warning: no text in ${[...paths, ...(opts.counts ?? [])].join(', ')}: nothing to extract\n`);
    writeOutput(opts.output, EXTRACT_FORMATTERS[outputFormat(opts)](candidates));
    return;
  }
  let sentences = 0;
  const candidates = await extractFromPaths(paths, {
    top: opts.top,
    minFreq: opts.minFreq,
    maxLen: opts.maxLen,
    encoding: opts.encoding,
    contextsFor: opts.contextsFor,
    progress,
    onSentence: () => sentences++,
  });
  progress.done();
  if (sentences === 0) process.stderr.write(`zhterm extract: warning: no text in ${paths.map(inputName).join(', ')}: nothing to extract\n`);
  writeOutput(opts.output, EXTRACT_FORMATTERS[outputFormat(opts)](candidates));
}

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Recurring set phrases and terms of a corpus, ranked by n-gram statistics (frequency, association, boundary entropy, termhood, nesting).')
    .argument('[paths...]', 'files, directories (.txt and .md, recursively) or - for standard input')
    .option('-n, --top <N>', 'keep the best N candidates (default: all; 500 with --enrich or --glossary)', positiveInt)
    .option('--min-freq <N>', 'minimum frequency', positiveInt, 2)
    .option('--max-len <N>', 'longest candidate in characters', positiveInt, 16)
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else tsv)').choices(Object.keys(EXTRACT_FORMATTERS)))
    .option('-o, --output <file>', 'write here instead of standard output')
    .option('--encoding <name>', 'input encoding (default: detected per file)')
    .option('-q, --quiet', 'no progress line on stderr', false)
    .option('--enrich', 'add pinyin and traditional forms (output: termbase records)', false)
    .option('-g, --glossary <path>', 'merge official renderings from a glossary folder or file (implies --enrich)')
    .option('--counts <files...>', 'rank counts files written by zhterm count (merged shards); paths, if given, supply contexts')
    .option('-j, --workers <N>', `worker threads for counting and contexts (default: ${defaultWorkers()} from 16 MiB of input, 1 below; the same output on any number)`, positiveInt)
    .option('--shares <N>', 'count files in N shares merged in order (default 2): the output depends on N, never on -j, which uses at most N threads', positiveInt)
    .option('--contexts-for <N>', 'find contexts, first location and forms for the best N candidates only (default: --top N, else 1000)', positiveInt)
    .action(extract);
}
