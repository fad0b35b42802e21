// `zhterm check`: reads bitexts and a glossary, runs the terminology checks, writes a report and sets the exit
// code (0 clean, 1 findings at or above --fail-on, 2 bad input).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { extname } from 'node:path';
import { FORMATTERS, type ReportFormat } from '../check/formatters/index.ts';
import { CHECK_IDS, SEVERITIES, atLeast, checkUnits } from '../check/index.ts';
import { readAlignedFiles, readBitext } from '../check/readers/index.ts';
import { EXIT, ZhtermError } from '../errors.ts';
import { lintEntries } from '../glossary/lint.ts';
import { RULES } from '../glossary/lint-rules.ts';
import { defaultGlossaryPath, loadGlossary } from '../glossary/load.ts';
import { warningLine, type GlossaryProblem } from '../glossary/problem.ts';
import { writeFileAtomic, writeOutput } from '../io/write.ts';
import type { CheckId, GlossaryEntry, Severity, TranslationUnit } from '../types.ts';
import { projectGlossary, refuseOutputOverInputs } from './protect.ts';
import { formatOfFileName } from './options.ts';

interface CheckCliOptions {
  source?: string;
  target?: string;
  glossary?: string;
  format?: ReportFormat;
  output?: string;
  failOn: Severity;
  checks?: CheckId[];
  recurring: boolean;
  allowEmpty: boolean;
}

/** The report formats an -o file name implies by its extension. */
const FILE_FORMATS: readonly ReportFormat[] = ['json', 'html', 'xlsx'];
/** Extensions of a plain-text file, which gets the table; any other (report.pdf, report.csv) is refused. */
const TEXT_EXTENSIONS = ['', 'txt', 'text', 'log', 'out'];

/** The report format: --format, else the -o extension; an -o name that promises another format is an error. */
function reportFormat(opts: CheckCliOptions): ReportFormat {
  if (opts.format) return opts.format;
  const implied = formatOfFileName(opts.output, FILE_FORMATS);
  if (implied) return implied;
  if (opts.output !== undefined && extname(opts.output).toLowerCase() === '.htm') return 'html';
  const ext = opts.output === undefined || opts.output === '-' ? '' : extname(opts.output).slice(1).toLowerCase();
  if (!TEXT_EXTENSIONS.includes(ext)) {
    throw new ZhtermError(`${opts.output}: cannot write a check report as .${ext}; name it .txt, .json, .html or .xlsx, or choose --format`);
  }
  return 'table';
}

function parseChecks(value: string): CheckId[] {
  const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
  // an empty list (an unset CI variable) would silently check nothing
  if (ids.length === 0) throw new InvalidArgumentError(`no check given (choose from ${CHECK_IDS.join(', ')})`);
  const bad = ids.find((id) => !CHECK_IDS.includes(id as CheckId));
  if (bad) throw new InvalidArgumentError(`unknown check "${bad}" (choose from ${CHECK_IDS.join(', ')})`);
  return ids as CheckId[];
}

function readUnits(files: string[], opts: CheckCliOptions): TranslationUnit[] {
  const readOptions = { allowEmpty: opts.allowEmpty };
  if ((opts.source === undefined) !== (opts.target === undefined)) {
    throw new ZhtermError('--source and --target go together: give both plain-text files, aligned by line');
  }
  const units = files.flatMap((f) => readBitext(f, readOptions));
  if (opts.source !== undefined && opts.target !== undefined) units.push(...readAlignedFiles(opts.source, opts.target, readOptions));
  if (files.length === 0 && opts.source === undefined) throw new ZhtermError('nothing to check: give bitext files (TSV, CSV, TMX, XLIFF) or --source zh.txt --target en.txt');
  return units;
}

const warnOfGlossary = (p: GlossaryProblem) => process.stderr.write(warningLine(p));

/**
 * Lint rules whose problems change what check accepts: two preferred renderings of one term are both accepted, and
 * a rendering both accepted and deprecated is reported as deprecated. The check still runs (the glossary may be
 * somebody else's), with the first such problem named and the rest counted.
 */
const CONTRADICTIONS = RULES.filter((r) => ['conflict', 'preferred-deprecated', 'admitted-deprecated'].includes(r.id));

function warnOfContradictions(glossary: readonly GlossaryEntry[], glossaryPath: string): void {
  const problems = lintEntries(glossary, { rules: CONTRADICTIONS });
  const first = problems[0];
  if (!first) return;
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
  warnOfGlossary({ ...first, message: `${first.message}${more}; findings may be wrong until it is fixed: run zhterm glossary lint ${glossaryPath}` });
}

export function registerCheck(program: Command): void {
  program
    .command('check')
    .description('Check zh→en translations for terminology: missing, deprecated and inconsistent renderings, mixed source forms.')
    .argument('[bitext...]', 'TSV/CSV (id, zh, en), TMX 1.4, XLIFF 1.2/2.0 (.xlf, .sdlxliff, .mqxliff, .mxliff)')
    .option('--source <file>', 'plain-text source (Chinese), one segment per line')
    .option('--target <file>', 'plain-text target (English), aligned by line with --source')
    .option('-g, --glossary <path>', 'glossary folder or file (.tsv, .csv, .xlsx, .tbx, .json); default: the project glossary/')
    .addOption(new Option('-f, --format <format>', 'report format (default: from the -o extension .json, .html, .xlsx, else table)').choices(['table', 'json', 'html', 'xlsx']))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of standard output')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a finding has this severity or worse').choices([...SEVERITIES]).default('error'))
    .option('--checks <ids>', `comma-separated checks to run (default all: ${CHECK_IDS.join(', ')})`, parseChecks)
    .option('--no-recurring', 'do not check recurring source terms that the glossary lacks')
    .option('--allow-empty', 'skip untranslated segments instead of stopping on them', false)
    .action((files: string[], opts: CheckCliOptions) => {
      // the report never replaces what it reports on, nor the glossary it checks against
      const inputs = [...files, opts.source, opts.target].filter((f): f is string => f !== undefined);
      const glossaryPath = opts.glossary ?? defaultGlossaryPath();
      refuseOutputOverInputs(opts.output, [
        ...inputs.map((path) => ({ path, role: 'an input of this check' })),
        { path: glossaryPath, role: `part of the glossary ${glossaryPath}`, wholeFolder: true },
        projectGlossary(),
      ]);
      const format = reportFormat(opts);
      const units = readUnits(files, opts);
      // nothing read is nothing checked: a CI job must not pass on an empty or emptied file
      if (units.length === 0) throw new ZhtermError(`${inputs.join(', ')}: no segments to check`);
      const glossary = loadGlossary(glossaryPath, { onWarning: warnOfGlossary });
      warnOfContradictions(glossary, glossaryPath);
      if (glossary.length === 0) throw new ZhtermError(`${glossaryPath}: the glossary has no entries: nothing to check against`);
      const findings = checkUnits(units, glossary, { ...(opts.checks ? { checks: opts.checks } : {}), ...(opts.recurring ? {} : { recurring: [] }) });
      const color = format === 'table' && opts.output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR;
      const report = FORMATTERS[format](findings, { color, checked: units.length });
      if (typeof report === 'string') writeOutput(opts.output, report);
      else if (opts.output === undefined || opts.output === '-') throw new ZhtermError('--format xlsx needs -o FILE.xlsx');
      else writeFileAtomic(opts.output, report);
      if (opts.output !== undefined && opts.output !== '-') process.stderr.write(`${findings.length} finding${findings.length === 1 ? '' : 's'} written to ${opts.output}\n`);
      // the default is ./glossary when there is one, else the project's: say which was used
      if (opts.glossary === undefined) process.stderr.write(`zhterm check: glossary ${glossaryPath} (${glossary.length} entries)\n`);
      if (findings.some((f) => atLeast(f, opts.failOn))) process.exitCode = EXIT.findings;
    });
}
