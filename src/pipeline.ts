// build(): corpus → extract → enrich → glossary merge → export. The one place where the stages are composed;
// each stage stays a plain function of its own module.
import { join } from 'node:path';
import { discoverFiles } from './corpus/index.ts';
import { enrichTerms, toneMarksToNumbers } from './enrich/index.ts';
import { ZhtermError } from './errors.ts';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from './export/index.ts';
import type { TbxOptions } from './export/tbx.ts';
import { extractFromPaths } from './extract/index.ts';
import { loadGlossary } from './glossary/load.ts';
import { mergeTerms, termsToEnrich } from './glossary/merge.ts';
import { OccurrenceCounter } from './glossary/occurrences.ts';
import type { GlossaryProblem } from './glossary/problem.ts';
import { writeFilesAtomic } from './io/write.ts';
import { NO_PROGRESS, type Progress } from './io/progress.ts';
import type { GlossaryEntry, Sentence, TermRecord } from './types.ts';

export interface BuildOptions {
  /** Corpus files and directories, `-` for standard input (required). */
  paths: string[];
  /** Glossary folder or file (default none: candidates only; the CLI passes the project glossary). */
  glossary?: string;
  /** Output directory (default 'exports'). */
  outDir?: string;
  /** Formats to write (default all: xlsx, tbx, csv, json, anki, pleco). */
  formats?: FormatName[];
  /** TBX flavour and language codes (default TBX-Basic v2, zh-CN/zh-TW/en-US). */
  tbx?: TbxOptions;
  /** Keep the best N extraction candidates (default 500); glossary terms found in the corpus are added. */
  top?: number;
  /** Minimum corpus frequency of a candidate (default 2). */
  minFreq?: number;
  /** Longest candidate in characters (default 16). */
  maxLen?: number;
  /** Force the corpus encoding (default: detect per file). */
  encoding?: string;
  /** Shares the files are counted in (default 2; see CountPathsOptions.shares in extract/parallel.ts). */
  shares?: number;
  /** Contexts are found for the best N candidates (default: all `top` of them). */
  contextsFor?: number;
  /** Date recorded in the About sheet, YYYY-MM-DD (default today, UTC); fixed for reproducible builds. */
  date?: string;
  /** Tool version recorded in the About sheet (default '0.0.0'; the CLI passes package.json's). */
  version?: string;
  /** Progress reporter (default none). */
  progress?: Progress;
  /** Called with each warning of the glossary reader (TBX concepts left out …); default: none. */
  onGlossaryWarning?: (warning: GlossaryProblem) => void;
}

export interface BuiltFile {
  format: FormatName;
  path: string;
  bytes: number;
}

export interface BuildResult {
  records: TermRecord[];
  /** Corpus files read, as given (relative paths stay relative). */
  corpusFiles: string[];
  glossaryEntries: number;
  files: BuiltFile[];
}

const DEFAULTS = { outDir: 'exports', top: 500, minFreq: 2 };

/** Runs the whole pipeline and writes one file per format into the output directory. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const { records, corpusFiles, glossaryEntries } = await buildRecords(options);
  // An empty termbase is no use to anyone (and TBX-Basic 2008 cannot even express one): say why instead.
  if (records.length === 0) {
    throw new ZhtermError(`no terms found in ${corpusFiles.join(', ')}: no candidate reaches --min-freq ${options.minFreq ?? DEFAULTS.minFreq} and no glossary term occurs; nothing written`);
  }
  const files = writeExports(records, corpusFiles, options);
  return { records, corpusFiles, glossaryEntries, files };
}

/** The merged termbase records of a corpus and a glossary, best candidates first, then glossary-only terms. */
export async function buildRecords(options: BuildOptions): Promise<{ records: TermRecord[]; corpusFiles: string[]; glossaryEntries: number }> {
  const { paths } = options;
  if (paths.length === 0) throw new ZhtermError('build needs corpus files or folders');
  const progress = options.progress ?? NO_PROGRESS;
  // a build's own output folder inside the corpus (zhterm build . → exports/anki.txt) is no corpus
  const skipDirs = options.outDir !== undefined ? [options.outDir] : [];
  const corpusFiles = discoverFiles(paths, skipDirs).map((f) => f.path);
  const glossary: GlossaryEntry[] = options.glossary ? loadGlossary(options.glossary, options.onGlossaryWarning ? { onWarning: options.onGlossaryWarning } : {}) : [];

  // Glossary terms the extractor ranked low or missed are still reported with their corpus frequency: they are
  // counted clause by clause during the extractor's own reading pass, so the corpus is not read a third time.
  const counter = new OccurrenceCounter(glossary);
  progress.setStage('extract');
  const candidates = await extractFromPaths(paths, {
    top: options.top ?? DEFAULTS.top,
    minFreq: options.minFreq ?? DEFAULTS.minFreq,
    ...(options.maxLen !== undefined ? { maxLen: options.maxLen } : {}),
    encoding: options.encoding,
    ...(options.shares !== undefined ? { shares: options.shares } : {}),
    ...(options.contextsFor !== undefined ? { contextsFor: options.contextsFor } : {}),
    skipDirs,
    progress,
    ...(glossary.length ? { onSentence: (sentence: Sentence) => counter.add(sentence) } : {}),
  });
  const occurrences = counter.result();

  progress.setStage('enrich');
  const pinyinOverrides = new Map(glossary.filter((e) => e.pinyin).map((e) => [e.zh, e.pinyin as string]));
  const enrichments = enrichTerms(termsToEnrich(candidates, glossary, occurrences), { pinyinOverrides });

  progress.setStage('merge');
  const records = mergeTerms(candidates, enrichments, glossary, occurrences, { toneNumbers: toneMarksToNumbers });
  progress.done();
  return { records, corpusFiles, glossaryEntries: glossary.length };
}

/** Writes the formats together atomically: a failed write leaves every previous file as it was, never half a build. */
export function writeExports(records: TermRecord[], corpusFiles: string[], options: Omit<BuildOptions, 'paths'> = {}): BuiltFile[] {
  const outDir = options.outDir ?? DEFAULTS.outDir;
  const formats = options.formats?.length ? options.formats : FORMAT_NAMES;
  const about = {
    corpusFiles,
    date: options.date ?? new Date().toISOString().slice(0, 10),
    version: options.version ?? '0.0.0',
    settings: aboutSettings(options),
  };
  const outputs = formats.map((format) => {
    const formatter = FORMATTERS[format];
    return { format, path: join(outDir, formatter.fileName), data: formatter.write(records, { about, tbx: options.tbx }) };
  });
  writeFilesAtomic(outputs);
  return outputs.map(({ format, path, data }) => ({ format, path, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength }));
}

/** The settings a reader of the About sheet needs to reproduce the build. */
function aboutSettings(options: Omit<BuildOptions, 'paths'>): Record<string, string | number | boolean> {
  return {
    glossary: options.glossary ?? '(none)',
    top: options.top ?? DEFAULTS.top,
    minFreq: options.minFreq ?? DEFAULTS.minFreq,
    ...(options.maxLen !== undefined ? { maxLen: options.maxLen } : {}),
    tbx: options.tbx?.version ?? 'v2',
    langCodes: options.tbx?.langCodes ?? 'default',
    ...(options.encoding ? { encoding: options.encoding } : {}),
  };
}
