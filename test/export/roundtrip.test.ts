// The guarantee `zhterm glossary import` relies on: the project glossary, exported to XLSX or TBX with the
// export writers, reads back as the same entries.
import { describe, expect, it } from 'vitest';
import { readTbx, writeTbx } from '../../src/export/tbx.ts';
import { readXlsxGlossary, writeTermbaseXlsx } from '../../src/export/xlsx.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { entryToRecord } from '../../src/glossary/record.ts';
import { withoutOrigin } from './records.ts';

const glossary = loadGlossary(new URL('../../glossary', import.meta.url).pathname);
const records = glossary.map((entry) => entryToRecord(entry));
const expected = withoutOrigin(glossary);

describe('project glossary → export → import', () => {
  it('has entries to test with', () => {
    expect(glossary.length).toBeGreaterThan(100);
  });

  for (const version of ['v2', 'v3'] as const) {
    for (const langCodes of ['default', 'bcp47'] as const) {
      it(`gives back the same entries through TBX ${version} (${langCodes} codes)`, () => {
        expect(withoutOrigin(readTbx(writeTbx(records, { version, langCodes }), 'glossary.tbx'))).toEqual(expected);
      });
    }
  }

  it('gives back the same entries through XLSX', () => {
    const xlsx = writeTermbaseXlsx(records, { corpusFiles: [], date: '2026-03-07', version: '0.1.0', settings: {} });
    expect(withoutOrigin(readXlsxGlossary(xlsx, 'glossary.xlsx'))).toEqual(expected);
  });
});
