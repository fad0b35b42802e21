import { describe, expect, it } from 'vitest';
import { ADMIN_STATUS, conceptIds, readTbx, writeTbx } from '../../src/export/tbx.ts';
import { ZhtermError } from '../../src/errors.ts';
import { EXPECTED_ENTRIES, RECORDS, withoutOrigin } from './records.ts';
import { validateTbx } from './validate-tbx.ts';

const langsOf = (xml: string) => [...new Set([...xml.matchAll(/<lang(?:Set|Sec) xml:lang="([^"]+)"/g)].map((m) => m[1]))];

describe('writeTbx', () => {
  for (const version of ['v2', 'v3'] as const) {
    for (const langCodes of ['default', 'bcp47'] as const) {
      it(`writes TBX-Basic ${version} with ${langCodes} language codes that validate against the official schemas`, async () => {
        const xml = writeTbx(RECORDS, { version, langCodes });
        expect(await validateTbx(xml, version)).toEqual([]);
        expect(langsOf(xml)).toEqual(langCodes === 'default' ? ['zh-CN', 'zh-TW', 'zh-HK', 'en-US'] : ['zh-Hans', 'zh-Hant', 'en', 'zh-Hant-TW']);
      });
    }
  }

  it('uses martif/termEntry/langSet/tig for v2 and the namespaced tbx/conceptEntry/langSec/termSec for v3', () => {
    const v2 = writeTbx(RECORDS);
    expect(v2).toContain('<martif type="TBX-Basic" xml:lang="zh-CN">');
    expect(v2).toContain('<p type="XCSURI">TBXBasicXCSV02.xcs</p>');
    expect(v2.match(/<termEntry /g)).toHaveLength(5);
    expect(v2.match(/<tig>/g)).toHaveLength(5 * 3 + 3 + 4 + 2);
    const v3 = writeTbx(RECORDS, { version: 'v3' });
    expect(v3).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="zh-CN" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(v3.match(/<conceptEntry /g)).toHaveLength(5);
  });

  it('marks preferred, admitted and deprecated renderings with the picklist values of TBX-Basic', () => {
    const xml = writeTbx(RECORDS.slice(1, 2));
    const en = xml.slice(xml.indexOf('<langSet xml:lang="en-US">'));
    const tigs = [...en.matchAll(/<term>([^<]+)<\/term>\s*<termNote type="administrativeStatus">([^<]+)</g)].map((m) => [m[1], m[2]]);
    expect(tigs).toEqual([
      ['the Belt and Road Initiative', ADMIN_STATUS.preferred],
      ['the Belt and Road', ADMIN_STATUS.admitted],
      ['One Belt, One Road', ADMIN_STATUS.deprecated],
      ['OBOR', ADMIN_STATUS.deprecated],
    ]);
    expect(Object.values(ADMIN_STATUS)).toEqual(['preferredTerm-admn-sts', 'admittedTerm-admn-sts', 'deprecatedTerm-admn-sts', 'supersededTerm-admn-sts']);
  });

  it('puts domain, note, pinyin, contexts with their file:line, sources and cross-references in TBX-Basic data categories', () => {
    const xml = writeTbx(RECORDS);
    expect(xml).toContain('<descrip type="subjectField">diplomacy</descrip>');
    expect(xml).toContain('<note>Say &quot;the Belt and Road&quot;, never &quot;OBOR&quot;.</note>');
    expect(xml).toContain('<note xml:lang="zh-Latn-pinyin">rénlèi mìngyùn gòngtóngtǐ</note>');
    expect(xml).toMatch(/<descripGrp>\s*<descrip type="context">推动构建人类命运共同体<\/descrip>\s*<admin type="source">corpus\/wangyi.txt:14<\/admin>/);
    expect(xml).toContain('<admin type="source">Xinhua &amp; NDRC &lt;official translation&gt;</admin>');
    const ids = conceptIds(RECORDS);
    expect(xml).toContain(`<ref type="crossReference" target="${ids[0]}">人类命运共同体</ref>`);
  });

  it('drops a cross-reference to a term that is not in the export (an IDREF must resolve)', async () => {
    const xml = writeTbx(RECORDS.slice(2, 3), { version: 'v3' });
    expect(xml).not.toContain('crossReference');
    expect(await validateTbx(xml, 'v3')).toEqual([]);
  });

  it('gives each concept a stable xsd:ID derived from the term, not from its rank', () => {
    const ids = conceptIds(RECORDS);
    expect(ids.every((id) => /^[A-Za-z_][\w.-]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(RECORDS.length);
    expect(conceptIds([...RECORDS].reverse())[RECORDS.length - 2]).toBe(ids[1]);
  });

  it('stays valid when two records share a term or a text holds control characters', async () => {
    const twice = [RECORDS[0], { ...RECORDS[0], note: 'bell\u0007 and form feed\u000C' }];
    const xml = writeTbx(twice, { version: 'v3' });
    expect(conceptIds(twice)).toEqual([conceptIds(twice)[0], `${conceptIds(twice)[0]}-2`]);
    expect(xml).toContain('<note>bell and form feed</note>');
    expect(await validateTbx(xml, 'v3')).toEqual([]);
  });

  it('fails validation when a value is outside the picklist (the validators are live)', async () => {
    const bad3 = writeTbx(RECORDS, { version: 'v3' }).replace('preferredTerm-admn-sts', 'preferred');
    expect((await validateTbx(bad3, 'v3')).join('\n')).toContain('/administrativeStatus/ type may be');
    const bad2 = writeTbx(RECORDS).replace('type="administrativeStatus"', 'type="pinyin"');
    expect(await validateTbx(bad2, 'v2')).not.toEqual([]);
  });
});

describe('readTbx', () => {

  for (const version of ['v2', 'v3'] as const) {
    for (const langCodes of ['default', 'bcp47'] as const) {
      it(`gives back the glossary entries of a ${version} ${langCodes} export, skipping concepts without English`, () => {
        expect(withoutOrigin(readTbx(writeTbx(RECORDS, { version, langCodes }), 'out.tbx'))).toEqual(EXPECTED_ENTRIES);
      });
    }
  }

  it('records the line of each concept as its origin', () => {
    const xml = writeTbx(RECORDS);
    const lines = xml.split('\n');
    const origins = readTbx(xml, 'out.tbx').map((e) => e.origin);
    expect(origins.map((o) => lines[(o?.line ?? 0) - 1].trim().slice(0, 20))).toEqual(['<termEntry id="c2226', '<termEntry id="c9c44', '<termEntry id="cb80a']);
    expect(origins[0]?.file).toBe('out.tbx');
  });

  it('reads TBX written by other tools: ntig, prefixed namespaces, plain zh, superseded terms, no status', () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">
<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>MultiTerm</p></sourceDesc></fileDesc></martifHeader>
<text><body>
<!-- <termEntry> in a comment does not count -->
<termEntry id="e1">
  <descrip type="subjectField">politics</descrip>
  <langSet xml:lang="zh"><ntig><termGrp><term>一国两制</term></termGrp></ntig></langSet>
  <langSet xml:lang="en"><ntig><termGrp><term>one country, two <hi type="italics">systems</hi></term></termGrp></ntig>
    <tig><term>one country two systems policy</term><termNote type="administrativeStatus">supersededTerm-admn-sts</termNote></tig></langSet>
</termEntry>
<termEntry id="e2"><langSet xml:lang="zh-CN"><tig><term>小康社会</term></tig></langSet></termEntry>
</body></text></martif>`;
    expect(readTbx(xml, 'multiterm.tbx')).toEqual([
      { zh: '一国两制', en: 'one country, two systems', enAdmitted: [], enDeprecated: ['one country two systems policy'], domain: 'politics', origin: { file: 'multiterm.tbx', line: 6 } },
    ]);
  });

  it('takes three-letter language codes and falls back to traditional Chinese when there is no simplified section', () => {
    const xml = `<martif type="TBX-Basic" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="a"><langSet xml:lang="ZHO-CN"><tig><term>小康社会</term></tig></langSet><langSet xml:lang="eng-GB"><tig><term>moderately prosperous society</term></tig></langSet></termEntry>
<termEntry id="b"><langSet xml:lang="zh-TW"><tig><term>一國兩制</term></tig></langSet><langSet xml:lang="en"><tig><term>one country, two systems</term></tig></langSet></termEntry>
</body></text></martif>`;
    expect(withoutOrigin(readTbx(xml, 'memoq.tbx')).map((e) => [e.zh, e.en])).toEqual([
      ['小康社会', 'moderately prosperous society'],
      ['一國兩制', 'one country, two systems'],
    ]);
  });

  it('reads the status wherever a dialect writes it: v3 DCT elements, normativeAuthorization, termNoteGrp', () => {
    const xml = `<tbx type="TBX-Basic" style="dct" xml:lang="zh-CN" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>Trados</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c1">
  <langSec xml:lang="zh-CN"><termSec><term>双循环</term></termSec></langSec>
  <langSec xml:lang="en-US">
    <termSec><term>dual circulation</term><basic:administrativeStatus>preferredTerm-admn-sts</basic:administrativeStatus></termSec>
    <termSec><term>double cycle</term><basic:administrativeStatus>deprecatedTerm-admn-sts</basic:administrativeStatus></termSec>
    <termSec><term>two circulations</term><termNote type="normativeAuthorization">supersededTerm</termNote></termSec>
    <termSec><term>dual-circulation pattern</term><termNoteGrp><termNote type="administrativeStatus">admittedTerm-admn-sts</termNote></termNoteGrp></termSec>
  </langSec>
</conceptEntry>
</body></text></tbx>`;
    expect(withoutOrigin(readTbx(xml, 'trados.tbx'))).toEqual([
      { zh: '双循环', en: 'dual circulation', enAdmitted: ['dual-circulation pattern'], enDeprecated: ['double cycle', 'two circulations'] },
    ]);
  });

  it('reads the status words tools write (Not recommended, obsolete, allowed) and underscore locales (zh_CN)', () => {
    const xml = `<martif type="TBX" xml:lang="en_US"><martifHeader><fileDesc><sourceDesc><p>Weblate</p></sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="a">
  <langSet xml:lang="zh_CN"><tig><term>小康社会</term></tig></langSet>
  <langSet xml:lang="en_US">
    <tig><term>moderately prosperous society</term><termNote type="administrativeStatus">Preferred</termNote></tig>
    <tig><term>well-off society</term><termNote type="administrativeStatus">Not recommended</termNote></tig>
    <tig><term>xiaokang society</term><termNote type="administrativeStatus">obsolete</termNote></tig>
    <tig><term>society of moderate prosperity</term><termNote type="administrativeStatus">allowed</termNote></tig>
  </langSet>
</termEntry>
</body></text></martif>`;
    expect(withoutOrigin(readTbx(xml, 'weblate.tbx'))).toEqual([
      { zh: '小康社会', en: 'moderately prosperous society', enAdmitted: ['society of moderate prosperity'], enDeprecated: ['well-off society', 'xiaokang society'] },
    ]);
  });

  it('keeps the subject field of v3 DCT and definitions as notes', () => {
    const xml = `<tbx type="TBX-Basic" style="dct" xml:lang="zh-CN" xmlns="urn:iso:std:iso:30042:ed-2" xmlns:basic="http://www.tbxinfo.net/ns/basic">
<tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c1"><basic:subjectField>economy</basic:subjectField><basic:definition>domestic and international flows reinforcing each other</basic:definition>
  <langSec xml:lang="zh-CN"><termSec><term>双循环</term></termSec></langSec>
  <langSec xml:lang="en"><termSec><term>dual circulation</term></termSec></langSec>
</conceptEntry>
</body></text></tbx>`;
    expect(withoutOrigin(readTbx(xml, 'dct.tbx'))).toEqual([
      { zh: '双循环', en: 'dual circulation', enAdmitted: [], enDeprecated: [], domain: 'economy', note: 'definition: domestic and international flows reinforcing each other' },
    ]);
  });

  it('gathers the English of every English section and gives each Chinese synonym that is not deprecated an entry', () => {
    const xml = `<martif type="TBX-Basic" xml:lang="zh-CN"><martifHeader><fileDesc><sourceDesc><p>memoQ</p></sourceDesc></fileDesc></martifHeader><text><body>
<termEntry id="a">
  <langSet xml:lang="zh-CN">
    <tig><term>一带一路</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <tig><term>一带一路倡议</term></tig>
    <tig><term>一带一路战略</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="en-US"><tig><term>Belt and Road Initiative</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet>
  <langSet xml:lang="en-GB">
    <tig><term>Belt and Road Initiative</term></tig>
    <tig><term>Belt and Road</term></tig>
    <tig><term>One Belt, One Road</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
  </langSet>
  <langSet xml:lang="en-AU"><tig><term>Belt and Road</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry>
</body></text></martif>`;
    // deprecated in one section (en-AU) is deprecated
    const renderings = { en: 'Belt and Road Initiative', enAdmitted: [], enDeprecated: ['Belt and Road', 'One Belt, One Road'] };
    expect(withoutOrigin(readTbx(xml, 'memoq.tbx'))).toEqual([
      { zh: '一带一路', ...renderings },
      { zh: '一带一路倡议', ...renderings },
    ]);
  });

  it('reports malformed XML as a one-line error naming file:line', () => {
    const xml = '<martif>\n<text><body>\n<termEntry>\n</body></text></martif>';
    expect(() => readTbx(xml, 'broken.tbx')).toThrow(ZhtermError);
    expect(() => readTbx(xml, 'broken.tbx')).toThrow(/^broken\.tbx:4: malformed XML: /);
  });

  it('refuses XML that is not TBX', () => {
    expect(() => readTbx('<tmx version="1.4"><body/></tmx>', 'memory.tmx')).toThrow('memory.tmx:1: not a TBX file: root element <tmx>, expected <martif> or <tbx>');
  });
});
