// Small text helpers shared by the export formats.
import type { Context } from '../types.ts';

/** The extractor marks the term in a context 【like this】; exports that show a plain sentence drop the marks. */
export function plainContext(text: string): string {
  return text.replace(/[【】]/g, '');
}

/** `file:line`, the way contexts are cited in every format. */
export function contextPlace(context: Context): string {
  return `${context.file}:${context.line}`;
}

/** Scores are ranking figures, not measurements: four decimals are plenty for a reader. */
export function roundScore(score: number): number {
  return Math.round(score * 1e4) / 1e4;
}

/** Splits a cell holding several renderings (`a; b` or `a | b`) into trimmed non-empty items. */
export function splitList(cell: string, separator: string): string[] {
  return cell
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A spreadsheet cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets. */
export function looksLikeFormula(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

/** HSK 3.0 level 7 stands for the 7–9 band. */
export function hsk3Label(level: number): string {
  return level >= 7 ? '7–9' : String(level);
}
