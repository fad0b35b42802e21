// The merged records as they are, for scripts and for diffing one build against another.
import type { TermRecord } from '../types.ts';

export function writeJson(records: TermRecord[]): string {
  return `${JSON.stringify(records, null, 2)}\n`;
}
