// The glossary stage: load (any format), lint, normalize, count in a corpus, merge with candidates, export.
export { loadGlossary, defaultGlossaryPath } from './load.ts';
export { readGlossarySource, GLOSSARY_EXTENSIONS, type GlossarySource } from './read.ts';
export { normalizeTerm, normalizeRendering } from './normalize.ts';
export { lintEntries, countEntries, type LintOptions, type GlossaryCounts } from './lint.ts';
export { RULES, type LintRule } from './lint-rules.ts';
export type { GlossaryProblem } from './problem.ts';
export { countGlossaryOccurrences, OccurrenceCounter, type GlossaryOccurrence, type GlossaryOccurrences, type OccurrenceOptions } from './occurrences.ts';
export { mergeTerms, termsToEnrich, type MergeOptions } from './merge.ts';
export { entryToRecord, type EntryToRecordOptions } from './record.ts';
export { exportGlossary, glossaryToTsv, EXPORT_FORMATS, type ExportFormat, type ExportOptions } from './export.ts';
export { glossaryToJson } from './json.ts';
