// Import → export → import gives the same entries back, in every format.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ZhtermError } from '../../src/errors.ts';
import { EXPORT_FORMATS, exportGlossary, glossaryToTsv } from '../../src/glossary/export.ts';
import { loadGlossary } from '../../src/glossary/load.ts';
import { entryToRecord } from '../../src/glossary/record.ts';
import { writeTbx } from '../../src/export/tbx.ts';
import type { GlossaryEntry } from '../../src/types.ts';
import { tempDir } from './helpers.ts';

const withoutOrigin = (entries: GlossaryEntry[]) => entries.map(({ origin: _origin, ...rest }) => rest);

// Every field used, lists of two, a pinyin override, an apostrophe, commas, an ampersand and angle brackets for XML.
const ENTRIES: GlossaryEntry[] = [
  ...loadGlossary('test/fixtures/glossary/project'),
  {
    zh: '中国式现代化',
    en: 'Chinese modernization',
    enAdmitted: ['Chinese path to modernization', 'the Chinese path to modernization'],
    enDeprecated: ['Chinese-style modernization'],
    pinyin: 'Zhōngguóshì xiàndàihuà',
    domain: 'governance',
    note: 'Report to the 20th CPC National Congress, 2022 <§3> & later',
    source: 'Xinhua, "Full text of the report", 2022-10-25',
  },
];

describe('glossary round trips', () => {
  it.each(EXPORT_FORMATS)('%s: export → import gives the same entries', (format) => {
    const file = join(tempDir(), `glossary.${format}`);
    writeFileSync(file, exportGlossary(ENTRIES, format));
    expect(withoutOrigin(loadGlossary(file))).toEqual(withoutOrigin(ENTRIES));
  });

  it('tbx v3 (ISO 30042:2019): export → import gives the same entries', () => {
    const file = join(tempDir(), 'glossary.tbx');
    writeFileSync(file, exportGlossary(ENTRIES, 'tbx', { tbx: 'v3' }));
    expect(withoutOrigin(loadGlossary(file))).toEqual(withoutOrigin(ENTRIES));
  });

  it('tsv: the written text is the project format, byte for byte stable', () => {
    const tsv = glossaryToTsv(ENTRIES.slice(0, 1));
    expect(tsv).toBe(
      'zh\ten\ten_admitted\ten_deprecated\tpinyin\tdomain\tnote\tsource\n' +
        '一带一路\tthe Belt and Road Initiative\tBelt and Road\tOne Belt, One Road | the New Silk Road\tyídài yílù\tdiplomacy\tOfficial usage since 2015.\tNDRC, 2015\n',
    );
    const file = join(tempDir(), 'again.tsv');
    writeFileSync(file, tsv);
    expect(glossaryToTsv(loadGlossary(file))).toBe(tsv);
  });

  it('tsv: a line break inside a note becomes a space; a | inside a rendering is refused', () => {
    const entry: GlossaryEntry = { zh: '双循环', en: 'dual circulation', enAdmitted: [], enDeprecated: [], note: 'domestic\n  and international' };
    expect(glossaryToTsv([entry]).split('\n')[1]).toBe('双循环\tdual circulation\t\t\t\t\tdomestic and international\t');
    const bad = { ...entry, enAdmitted: ['dual | circulation'], origin: { file: 'g.tbx', line: 12 } };
    expect(() => glossaryToTsv([bad])).toThrow(new ZhtermError('g.tbx:12: the rendering "dual | circulation" of 双循环 contains |, which separates renderings in the TSV format'));
    const badPreferred = { ...entry, en: 'multi|lateralism', origin: { file: 'p.tbx', line: 3 } };
    expect(() => glossaryToTsv([badPreferred])).toThrow(new ZhtermError('p.tbx:3: the rendering "multi|lateralism" of 双循环 contains |, which separates renderings in the TSV format'));
  });

  it('tbx: concepts without an English term (build candidates) are left out with a warning', () => {
    const candidate = { ...entryToRecord(ENTRIES[0]), zh: '高质量发展', en: null, enAdmitted: [], enDeprecated: [], status: 'candidate' as const };
    const file = join(tempDir(), 'termbase.tbx');
    writeFileSync(file, writeTbx([entryToRecord(ENTRIES[0]), candidate]));
    const warnings: string[] = [];
    const entries = loadGlossary(file, { onWarning: (w) => warnings.push(`${w.rule}: ${w.message}`) });
    expect(entries.map((e) => e.zh)).toEqual(['一带一路']);
    expect(warnings).toEqual(['skipped-concepts: 1 of 2 concepts have no Chinese or no English term (or only deprecated ones) and are not glossary entries: left out']);
  });

  it('tbx: a status value that names no known status is read as none, with a warning', () => {
    const file = join(tempDir(), 'odd.tbx');
    writeFileSync(
      file,
      `<martif type="TBX" xml:lang="zh-CN"><martifHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="a"><langSet xml:lang="zh-CN"><tig><term>双循环</term></tig></langSet><langSet xml:lang="en"><tig><term>dual circulation</term><termNote type="administrativeStatus">legacy</termNote></tig></langSet></termEntry>
</body></text></martif>`,
    );
    const warnings: string[] = [];
    expect(loadGlossary(file, { onWarning: (w) => warnings.push(`${w.rule}: ${w.message}`) }).map((e) => e.en)).toEqual(['dual circulation']);
    expect(warnings).toEqual(['unknown-status: status "legacy" is not preferred, admitted or deprecated: read as no status']);
  });
});
