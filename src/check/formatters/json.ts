import type { Finding } from '../../types.ts';

/** The machine-readable report: an array of findings, as declared in src/types.ts. */
export function formatJson(findings: readonly Finding[]): string {
  return `${JSON.stringify(findings, null, 2)}\n`;
}
