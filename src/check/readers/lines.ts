// Two plain-text files aligned by line: line n of the source is translated by line n of the target.
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import { DEFAULT_READ_OPTIONS, type ReadBitextOptions } from './options.ts';
import { readText } from './text.ts';

function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

export function readAlignedFiles(sourcePath: string, targetPath: string, options: ReadBitextOptions = {}): TranslationUnit[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  // blank lines at the end of a file are no segments: an editor's extra newline must not break the alignment
  const sources = withoutTrailingBlankLines(splitLines(readText(sourcePath)));
  const targets = withoutTrailingBlankLines(splitLines(readText(targetPath)));
  if (sources.length !== targets.length) {
    const [shorter, longer] = sources.length < targets.length ? [sourcePath, targetPath] : [targetPath, sourcePath];
    const n = Math.min(sources.length, targets.length);
    throw inputError(longer, n + 1, `unequal line counts: ${sourcePath} has ${sources.length} lines, ${targetPath} has ${targets.length} (${shorter} ends after line ${n})`);
  }
  const units: TranslationUnit[] = [];
  sources.forEach((raw, i) => {
    const source = raw.trim();
    const target = targets[i]!.trim();
    if (source === '' && target === '') return;
    if (target === '') {
      if (opts.allowEmpty) return;
      throw inputError(targetPath, i + 1, `empty target for line ${i + 1} of ${sourcePath} (use --allow-empty to skip untranslated lines)`);
    }
    if (source === '') throw inputError(sourcePath, i + 1, `empty source line translated by line ${i + 1} of ${targetPath}`);
    units.push({ id: String(i + 1), file: sourcePath, line: i + 1, source, target });
  });
  return units;
}

function withoutTrailingBlankLines(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1]!.trim() === '') end--;
  return lines.slice(0, end);
}
