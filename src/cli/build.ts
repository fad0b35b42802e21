// `zhterm build`: the main job. Extracts set phrases from a corpus, enriches them, merges the glossary's
// official renderings and writes termbases (Excel, TBX, CSV, JSON, Anki, Pleco) into one folder.
import { InvalidArgumentError, Option, type Command } from 'commander';
import { join } from 'node:path';
import { FORMAT_NAMES, FORMATTERS, isFormatName, type FormatName } from '../export/index.ts';
import { defaultGlossaryPath } from '../glossary/load.ts';
import { warningLine } from '../glossary/problem.ts';
import { createProgress } from '../io/progress.ts';
import { build } from '../pipeline.ts';
import { VERSION } from './main.ts';
import { positiveInt } from './options.ts';
import { projectGlossary, refuseOutputOverInputs } from './protect.ts';

interface BuildCliOptions {
  /** A path, or false after --no-glossary; undefined means the project glossary. */
  glossary?: string | false;
  out: string;
  formats: FormatName[];
  tbx: 'v2' | 'v3';
  langCodes: 'default' | 'bcp47';
  top: number;
  minFreq: number;
  maxLen: number;
  encoding?: string;
  date?: string;
  quiet: boolean;
}

function parseFormats(value: string): FormatName[] {
  const names = value.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = names.find((n) => !isFormatName(n));
  if (bad !== undefined) throw new InvalidArgumentError(`unknown format "${bad}" (choose from ${FORMAT_NAMES.join(', ')})`);
  if (names.length === 0) throw new InvalidArgumentError('no format given');
  return [...new Set(names)] as FormatName[];
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) throw new InvalidArgumentError('expected a date YYYY-MM-DD');
  return value;
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('Build termbases from a corpus: extract → enrich → merge the glossary → export (xlsx, tbx, csv, json, anki, pleco).')
    .argument('<paths...>', 'corpus files and folders (.txt and .md files in folders, recursively), - for standard input')
    .option('-g, --glossary <path>', 'glossary folder or file (.tsv, .csv, .xlsx, .tbx, .json); default: the project glossary/')
    .option('--no-glossary', 'candidates from the corpus only, without official renderings')
    .option('-o, --out <dir>', 'output folder', 'exports')
    .addOption(new Option('--formats <list>', 'comma-separated formats').argParser(parseFormats).default(FORMAT_NAMES, FORMAT_NAMES.join(',')))
    .addOption(new Option('--tbx <version>', 'TBX flavour: v2 = TBX-Basic 2008 (martif), v3 = ISO 30042:2019 TBX-Basic').choices(['v2', 'v3']).default('v2'))
    .addOption(new Option('--lang-codes <style>', 'TBX language codes: default = zh-CN/zh-TW/en-US, bcp47 = zh-Hans/zh-Hant/en').choices(['default', 'bcp47']).default('default'))
    .option('--top <n>', 'keep the best N extraction candidates (glossary terms found in the corpus are added)', positiveInt, 500)
    .option('--min-freq <n>', 'minimum corpus frequency of a candidate', positiveInt, 2)
    .option('--max-len <n>', 'longest candidate in characters', positiveInt, 16)
    .option('--encoding <name>', 'corpus encoding (default: detect per file)')
    .option('--date <YYYY-MM-DD>', 'date recorded in the workbook (default today; fix it for reproducible builds)', isoDate)
    .option('-q, --quiet', 'no progress and no summary', false)
    .action(async (paths: string[], opts: BuildCliOptions) => {
      const glossary = opts.glossary === false ? undefined : (opts.glossary ?? defaultGlossaryPath());
      // a termbase re-imported as the glossary (-g exports/termbase.xlsx) is not overwritten by the next build
      for (const format of opts.formats) {
        refuseOutputOverInputs(join(opts.out, FORMATTERS[format].fileName), [
          ...paths.map((path) => ({ path, role: 'an input of this build' })),
          ...(glossary !== undefined ? [{ path: glossary, role: `part of the glossary ${glossary}`, wholeFolder: true }] : []),
          projectGlossary(),
        ]);
      }
      const progress = createProgress({ quiet: opts.quiet });
      const result = await build({
        paths,
        glossary,
        outDir: opts.out,
        formats: opts.formats,
        tbx: { version: opts.tbx, langCodes: opts.langCodes },
        top: opts.top,
        minFreq: opts.minFreq,
        maxLen: opts.maxLen,
        encoding: opts.encoding,
        date: opts.date,
        version: VERSION,
        progress,
        onGlossaryWarning: (p) => process.stderr.write(warningLine(p)),
      });
      if (opts.quiet) return;
      const fromGlossary = result.records.filter((r) => r.status === 'glossary').length;
      const lines = [
        `${result.records.length} terms (${fromGlossary} with official renderings from ${result.glossaryEntries} glossary entries) from ${result.corpusFiles.length} corpus file${result.corpusFiles.length === 1 ? '' : 's'}`,
        ...result.files.map((f) => `  ${f.path}  ${formatBytes(f.bytes)}`),
      ];
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}

function formatBytes(bytes: number): string {
  return bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
