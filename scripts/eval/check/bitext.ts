// Helpers shared by the check eval and the slice builder: reading a TSV bitext with an id column, and a
// deterministic random generator so that seeding is reproducible.
import { readFileSync } from 'node:fs';
import type { TranslationUnit } from '../../../src/types.ts';

/** Reads `id zh en` (header) or WMT's `set id zh en` TSV into units. */
export function readTsvBitext(path: string): TranslationUnit[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const header = lines[0]!.split('\t');
  const col = (name: string): number => header.indexOf(name);
  const [set, id, zh, en] = [col('set'), col('id'), col('zh'), col('en')];
  const units: TranslationUnit[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const c = line.split('\t');
    units.push({ id: set >= 0 ? `${c[set]}-${c[id]}` : c[id]!, file: path, line: i + 2, source: c[zh]!, target: c[en]! });
  });
  return units;
}

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a, for a stable pseudo-random order of segments. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
