// The project's own glossary/ passes its lint: CI fails when a data change breaks the format or contradicts itself.
import { describe, expect, it } from 'vitest';
import { lintEntries } from '../../src/glossary/lint.ts';
import { loadGlossary } from '../../src/glossary/load.ts';

describe('glossary/ (the curated data)', () => {
  const entries = loadGlossary('glossary');

  it('loads, with the 400 entries or more the glossary issue asks for', () => {
    expect(entries.length).toBeGreaterThanOrEqual(400);
  });

  it('has no lint errors', () => {
    const errors = lintEntries(entries).filter((p) => p.severity === 'error');
    expect(errors.map((p) => `${p.file}:${p.line}: ${p.message} [${p.rule}]`)).toEqual([]);
  });
});
