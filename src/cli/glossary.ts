// `zhterm glossary lint|import|export`: the thin CLI over src/glossary. Parses options, reads and writes files,
// sets the exit code (lint: 1 when there are errors); the work is done by pure functions.
import { Option, type Command } from 'commander';
import { existsSync } from 'node:fs';
import { extname } from 'node:path';
import { enrichTerms } from '../enrich/index.ts';
import { EXIT, ZhtermError } from '../errors.ts';
import { EXPORT_FORMATS, exportGlossary, glossaryToTsv, type ExportFormat } from '../glossary/export.ts';
import { countEntries, lintEntries, sortProblems } from '../glossary/lint.ts';
import { defaultGlossaryPath, loadGlossary } from '../glossary/load.ts';
import { warningLine, type GlossaryProblem, type ProblemSeverity } from '../glossary/problem.ts';
import { readGlossarySource } from '../glossary/read.ts';
import { LINT_FORMATTERS, type LintFormat } from '../glossary/report.ts';
import { writeFileAtomic, writeOutput } from '../io/write.ts';
import { VERSION } from './main.ts';
import { formatOfFileName } from './options.ts';
import { overlappingRead, projectGlossary, refuseOutputOverInputs } from './protect.ts';

function lint(path: string | undefined, opts: { format: LintFormat; failOn: ProblemSeverity }): void {
  const source = readGlossarySource(path ?? defaultGlossaryPath());
  const problems = sortProblems([...source.problems, ...lintEntries(source.entries)], source.files);
  process.stdout.write(LINT_FORMATTERS[opts.format](problems, countEntries(source.entries, source.files.length)));
  if (problems.some((p) => p.severity === 'error' || opts.failOn === 'warning')) process.exitCode = EXIT.findings;
}

/** Warnings of a load go to stderr, one line each, as `file:line: message`. */
const warn = (p: GlossaryProblem) => process.stderr.write(warningLine(p));

function importGlossary(file: string, opts: { output: string; force: boolean }): void {
  const toStdout = opts.output === '-';
  if (!toStdout && extname(opts.output).toLowerCase() !== '.tsv') {
    throw new ZhtermError(`${opts.output}: glossary import writes the project's TSV format: name the output .tsv (or - for standard output)`);
  }
  // --force may replace a glossary file, never the file being imported
  refuseOutputOverInputs(opts.output, [{ path: file, role: 'the glossary being imported', wholeFolder: true }]);
  if (!toStdout && existsSync(opts.output) && !opts.force) {
    const inProject = overlappingRead(opts.output, [projectGlossary()]);
    const where = inProject ? ` (a file of the project glossary ${inProject.path})` : '';
    throw new ZhtermError(`${opts.output}: already exists${where}; choose another -o or pass --force to overwrite it`);
  }
  const entries = loadGlossary(file, { onWarning: warn });
  const tsv = glossaryToTsv(entries);
  writeOutput(opts.output, tsv);
  if (!toStdout) process.stderr.write(`${entries.length} entries from ${file} written to ${opts.output}\n`);
}

interface ExportCliOptions {
  format?: ExportFormat;
  output?: string;
  force: boolean;
  tbx: 'v2' | 'v3';
  enrich: boolean;
}

function exportCommand(path: string | undefined, opts: ExportCliOptions): void {
  const implied = formatOfFileName(opts.output, EXPORT_FORMATS);
  const ext = opts.output ? extname(opts.output).slice(1).toLowerCase() : '';
  if (opts.format === undefined && ext !== '' && implied === undefined) {
    throw new ZhtermError(`${opts.output}: cannot export .${ext}; choose --format ${EXPORT_FORMATS.join(', ')}`);
  }
  const format = opts.format ?? implied ?? 'tsv';
  const glossaryPath = path ?? defaultGlossaryPath();
  // the glossary is never rewritten unless asked
  const hit = opts.output !== undefined && opts.output !== '-' && !opts.force ? overlappingRead(opts.output, [{ path: glossaryPath, role: glossaryPath, wholeFolder: true }, projectGlossary()]) : undefined;
  if (hit) throw new ZhtermError(`${opts.output}: is part of the glossary ${hit.path}; choose another -o or pass --force to overwrite it`);
  const entries = loadGlossary(glossaryPath, { onWarning: warn });
  const enrichments = opts.enrich ? enrichTerms(entries.map((e) => e.zh)) : undefined;
  const about = { corpusFiles: [], date: new Date().toISOString().slice(0, 10), version: VERSION, settings: { glossary: glossaryPath, enrich: opts.enrich } };
  const data = exportGlossary(entries, format, { tbx: opts.tbx, enrichments, about });
  if (typeof data === 'string') writeOutput(opts.output, data);
  else if (opts.output === undefined || opts.output === '-') throw new ZhtermError(`--format ${format} writes a binary file: give -o FILE.${format}`);
  else writeFileAtomic(opts.output, data);
  if (opts.output !== undefined && opts.output !== '-') process.stderr.write(`${entries.length} entries written to ${opts.output}\n`);
}


export function registerGlossary(program: Command): void {
  const glossary = program
    .command('glossary')
    .description('The curated glossary of official translations: lint it, import external glossaries, export it.');

  glossary
    .command('lint')
    .description('Check glossary files: malformed lines, duplicates after normalization, conflicting or contradictory renderings (exit 1 on errors).')
    .argument('[path]', 'glossary folder or file (default: glossary/)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(Object.keys(LINT_FORMATTERS)).default('text'))
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a problem has this severity or worse').choices(['error', 'warning']).default('error'))
    .action(lint);

  glossary
    .command('import')
    .description('Convert a TSV, CSV, XLSX, TBX (v2 or v3) or JSON glossary into the project format.')
    .argument('<file>', 'the glossary to convert')
    .option('-o, --output <file>', 'the .tsv to write (- for standard output)', 'glossary/imported.tsv')
    .option('--force', 'overwrite the output file if it exists', false)
    .action(importGlossary);

  glossary
    .command('export')
    .description('Write the glossary as TSV, JSON, Excel (termbase workbook) or TBX.')
    .argument('[path]', 'glossary folder or file (default: glossary/)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension, else tsv)').choices([...EXPORT_FORMATS]))
    .option('-o, --output <file>', 'output file (default: standard output; required for xlsx)')
    .option('--force', 'write even over a file of the glossary being exported', false)
    .addOption(new Option('--tbx <version>', 'TBX flavour: v2 (TBX-Basic 2008) or v3 (ISO 30042:2019)').choices(['v2', 'v3']).default('v2'))
    .option('--enrich', 'add computed pinyin and traditional forms (xlsx, tbx); the glossary itself only holds pinyin overrides', false)
    .action(exportCommand);
}
