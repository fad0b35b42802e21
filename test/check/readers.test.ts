import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAlignedFiles, readBitext } from '../../src/check/readers/index.ts';
import { readTmx } from '../../src/check/readers/tmx.ts';
import { readDelimited } from '../../src/check/readers/tsv.ts';
import { readXliff } from '../../src/check/readers/xliff.ts';

const dir = mkdtempSync(join(tmpdir(), 'zhterm-check-readers-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const brief = (units: { id: string; line: number; source: string; target: string }[]): [string, number, string, string][] =>
  units.map((u) => [u.id, u.line, u.source, u.target]);

describe('TSV and CSV', () => {
  it('reads a header id, zh, en in any order', () => {
    const units = readDelimited('en\tid\tzh\nthe Belt and Road Initiative\ts1\t一带一路\n\nthe United Nations\ts2\t联合国\n', 'a.tsv', '\t');
    expect(brief(units)).toEqual([
      ['s1', 2, '一带一路', 'the Belt and Road Initiative'],
      ['s2', 4, '联合国', 'the United Nations'],
    ]);
  });

  it('reads two columns zh, en without a header, ids from line numbers, quotes kept as text', () => {
    const units = readDelimited('一带一路\t"Belt and Road," he said\n联合国\tthe UN\n', 'b.tsv', '\t');
    expect(brief(units)).toEqual([
      ['1', 1, '一带一路', '"Belt and Road," he said'],
      ['2', 2, '联合国', 'the UN'],
    ]);
  });

  it('reads CSV with quoted fields spanning lines', () => {
    const units = readDelimited('id,zh,en\n1,"改革开放,深化改革","reform and opening up,\ndeepen reform"\n2,联合国,UN\n', 'c.csv', ',');
    expect(brief(units)).toEqual([
      ['1', 3, '改革开放,深化改革', 'reform and opening up,\ndeepen reform'],
      ['2', 4, '联合国', 'UN'],
    ]);
  });

  it.each([
    ['zh\ten\tnote\n一带一路\tBRI\tx\n', 'x.tsv:1: unknown column "note" (expected id, zh, en)'],
    ['id\tzh\n1\t一带一路\n', 'x.tsv:1: missing column "en" (expected id, zh, en)'],
    ['一带一路\tBRI\textra\n', 'x.tsv:1: 3 columns without a header: expected a header row id, zh, en or two columns zh, en'],
    ['zh\ten\n一带一路\tBRI\n联合国\n', 'x.tsv:3: 1 columns, expected 2 (zh, en)'],
    ['id\tzh\ten\n7\t一带一路\t \n', 'x.tsv:2: empty target for segment 7 (use --allow-empty to skip untranslated segments)'],
  ])('rejects %j', (text, message) => {
    expect(() => readDelimited(text, 'x.tsv', '\t')).toThrow(message);
  });

  it('skips empty targets when allowed', () => {
    expect(brief(readDelimited('zh\ten\n一带一路\t\n联合国\tUN\n', 'x.tsv', '\t', { allowEmpty: true }))).toEqual([['3', 3, '联合国', 'UN']]);
  });
});

describe('TMX 1.4', () => {
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="zh-CN"/>
<body>
<tu tuid="7" creationdate="20240101T000000Z">
  <tuv xml:lang="zh-CN"><seg>深化<bpt i="1" x="1">&lt;b&gt;</bpt>改革<ept i="1">&lt;/b&gt;</ept></seg></tuv>
  <tuv xml:lang="en-US"><seg>Deepen <bpt i="1" x="1">&lt;b&gt;</bpt>reform<ept i="1">&lt;/b&gt;</ept><ph x="2">&lt;br/&gt;</ph></seg></tuv>
</tu>
<tu>
  <tuv xml:lang="en-GB"><seg>the <hi type="b">United Nations</hi> &amp; the WTO</seg></tuv>
  <tuv xml:lang="zh-CN"><seg>联合国和世界贸易组织</seg></tuv>
</tu>
</body>
</tmx>`;

  it('takes zh* and en* variants, drops native codes, keeps highlighted text', () => {
    expect(brief(readTmx(tmx, 'm.tmx'))).toEqual([
      ['7', 5, '深化改革', 'Deepen reform'],
      ['2', 9, '联合国和世界贸易组织', 'the United Nations & the WTO'],
    ]);
  });

  it('names file and line of malformed XML', () => {
    expect(() => readTmx('<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>联合国</tuv></tu>\n</body></tmx>', 'bad.tmx')).toThrow(/^bad\.tmx:2: malformed XML: /);
  });

  it('names the elements left open by a truncated file, at its last line', () => {
    const truncated = '<tmx version="1.4"><body>\n<tu><tuv xml:lang="zh"><seg>联合国</seg></tuv>\n<tuv xml:lang="en"><seg>the United Nations</seg></tuv>\n';
    expect(() => readTmx(truncated, 'cut.tmx')).toThrow(/^cut\.tmx:3: malformed XML: the text ends inside <tmx> › <body> › <tu> \(truncated file\?\)$/);
  });

  it('reads a native code between two English words as a space, and drops it inside Chinese', () => {
    const tmx = '<tmx version="1.4"><body>\n<tu tuid="1"><tuv xml:lang="zh-CN"><seg>一带<ph x="1"/>一路倡议</seg></tuv><tuv xml:lang="en"><seg>the Belt and Road<ph x="1"/>Initiative</seg></tuv></tu>\n</body></tmx>';
    expect(brief(readTmx(tmx, 'c.tmx'))).toEqual([['1', 2, '一带一路倡议', 'the Belt and Road Initiative']]);
  });

  it('checks every English variant of a unit, named by its language (en-US and en-GB in one memory)', () => {
    const tmx =
      '<tmx version="1.4"><body>\n' +
      '<tu tuid="4"><tuv xml:lang="zh-CN"><seg>全球治理体系</seg></tuv><tuv xml:lang="en-US"><seg>the global governance system</seg></tuv>' +
      '<tuv xml:lang="en-GB"><seg>the system of global governance</seg></tuv></tu>\n' +
      '<tu tuid="5"><tuv xml:lang="zh-CN"><seg>一带一路</seg></tuv><tuv xml:lang="en-US"><seg>the Belt and Road</seg></tuv><tuv xml:lang="en-GB"><seg></seg></tuv></tu>\n' +
      '</body></tmx>';
    expect(brief(readTmx(tmx, 'v.tmx', { allowEmpty: true }))).toEqual([
      ['4 (en-US)', 2, '全球治理体系', 'the global governance system'],
      ['4 (en-GB)', 2, '全球治理体系', 'the system of global governance'],
      ['5', 3, '一带一路', 'the Belt and Road'],
    ]);
    expect(readTmx(tmx, 'v.tmx', { allowEmpty: true }).map((u) => u.targetLang)).toEqual(['en-US', 'en-GB', 'en-US']);
    // the empty en-GB variant is an untranslated segment
    expect(() => readTmx(tmx, 'v.tmx')).toThrow('v.tmx:3: translation unit 5 has no en-GB text (use --allow-empty to skip untranslated segments)');
  });

  it('skips a unit with tags and no text on either side', () => {
    const tmx = '<tmx version="1.4"><body>\n<tu tuid="1"><tuv xml:lang="zh-CN"><seg><ph x="1">{\\page}</ph></seg></tuv><tuv xml:lang="en"><seg><ph x="1">{\\page}</ph></seg></tuv></tu>\n</body></tmx>';
    expect(readTmx(tmx, 'p.tmx')).toEqual([]);
  });

  it('rejects a unit without English', () => {
    expect(() => readTmx('<tmx version="1.4"><body>\n<tu tuid="3"><tuv xml:lang="zh-CN"><seg>联合国</seg></tuv></tu></body></tmx>', 't.tmx')).toThrow(
      't.tmx:2: translation unit 3 has no en* text (use --allow-empty to skip untranslated segments)',
    );
  });
});

describe('XLIFF 1.2', () => {
  const xliff12 = (languages: string, body: string): string =>
    `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file ${languages} datatype="plaintext" original="a.txt"><body>\n${body}\n</body></file></xliff>`;

  it('refuses a file whose languages are not Chinese → English', () => {
    const body = '<trans-unit id="1"><source>We advance the One Belt, One Road.</source><target>我们推进一带一路。</target></trans-unit>';
    expect(() => readXliff(xliff12('source-language="en-US" target-language="zh-CN"', body), 'back.xlf')).toThrow(
      /^back\.xlf:2: source language is en-US: zhterm checks Chinese → English$/,
    );
  });

  it('skips a segment with tags and no text, and reads a Trados target without segment markers', () => {
    const body = [
      '<trans-unit id="1"><source><x id="1"/></source><target><x id="1"/></target></trans-unit>',
      '<trans-unit id="2"><source>高质量发展</source><seg-source><mrk mtype="seg" mid="3">高质量发展</mrk></seg-source><target>high-quality development</target></trans-unit>',
    ].join('\n');
    expect(brief(readXliff(xliff12('source-language="zh-CN" target-language="en-US"', body), 'tags.xlf'))).toEqual([['3', 4, '高质量发展', 'high-quality development']]);
  });

  it('reads Trados SDLXLIFF segments (mrk mid) with g and x tags', () => {
    const sdlxliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="report.docx" datatype="x-sdlfilterframework2" source-language="zh-CN" target-language="en-US">
<header><tag-defs><tag id="pt1"><bpt name="b">&lt;b&gt;</bpt><ept name="b">&lt;/b&gt;</ept></tag></tag-defs></header>
<body>
<group><sdl:cxts><sdl:cxt id="1"/></sdl:cxts>
<trans-unit id="a1f0c6de-1b9f-4b1c-9c8e-1f0e7c4a2b11">
<source>推进<g id="pt1">“一带一路”</g>建设。坚持改革开放。</source>
<seg-source><mrk mtype="seg" mid="1">推进<g id="pt1">“一带一路”</g>建设。</mrk>
<mrk mtype="seg" mid="2">坚持改革开放。</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Promote the <g id="pt1">Belt and Road</g> Initiative.</mrk><mrk mtype="seg" mid="2">Uphold reform<x id="pt2"/> and opening up.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="Translated"/><sdl:seg id="2" conf="Draft"/></sdl:seg-defs>
</trans-unit>
</group>
</body></file></xliff>`;
    expect(brief(readXliff(sdlxliff, 'r.sdlxliff'))).toEqual([
      ['1', 9, '推进“一带一路”建设。', 'Promote the Belt and Road Initiative.'],
      ['2', 10, '坚持改革开放。', 'Uphold reform and opening up.'],
    ]);
  });

  const mqxliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">
<file original="speech.docx" source-language="zh-cn" target-language="en-us" datatype="x-unknown">
<body>
<trans-unit id="1" mq:status="ManuallyConfirmed">
<source xml:space="preserve">构建<bpt id="1" ctype="bold">&lt;b&gt;</bpt>人类命运共同体<ept id="1">&lt;/b&gt;</ept><ph id="2">&lt;br/&gt;</ph></source>
<target xml:space="preserve">Build a <bpt id="1" ctype="bold">&lt;b&gt;</bpt>community with a shared future for mankind<ept id="1">&lt;/b&gt;</ept></target>
</trans-unit>
<trans-unit id="2" mq:status="NotStarted"><source>联合国</source><target></target></trans-unit>
</body></file></xliff>`;

  it('reads memoQ MQXLIFF with bpt/ept/ph, and stops on an empty target', () => {
    expect(() => readXliff(mqxliff, 's.mqxliff')).toThrow('s.mqxliff:9: segment 2 has an empty target (use --allow-empty to skip untranslated segments)');
    expect(brief(readXliff(mqxliff, 's.mqxliff', { allowEmpty: true }))).toEqual([['1', 6, '构建人类命运共同体', 'Build a community with a shared future for mankind']]);
  });

  it('reads Phrase MXLIFF: {1>…<1} tags dropped, alt-trans ignored', () => {
    const mxliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0">
<file original="a.docx" source-language="zh_cn" target-language="en" datatype="x-undefined" m:job-uid="Xq1">
<body>
<group id="0">
<trans-unit id="qW9x:0" m:score="1.0" m:locked="false">
<source>{1>中国共产党&lt;1}的领导{2}</source>
<target>The leadership of the {1>Communist Party of China&lt;1}{2}</target>
<alt-trans origin="machine-trans"><target>The leadership of the CCP</target></alt-trans>
</trans-unit>
</group>
</body></file></xliff>`;
    expect(brief(readXliff(mxliff, 'p.mxliff'))).toEqual([['qW9x:0', 7, '中国共产党的领导', 'The leadership of the Communist Party of China']]);
  });
});

describe('XLIFF 2.0', () => {
  it('reads units and segments with pc, ph, mrk and cp', () => {
    const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">
<file id="f1">
<unit id="u1">
<segment id="s1" state="translated"><source>加入<pc id="1">世界贸易组织</pc><ph id="2"/>。</source><target>Join the <pc id="1">World Trade Organization</pc><ph id="2"/>.</target></segment>
<segment id="s2"><source>全面建成<mrk id="m1" type="term">小康社会</mrk></source><target>build a <mrk id="m1" type="term">moderately prosperous society</mrk><cp hex="0021"/></target></segment>
</unit>
<unit id="u2"><segment><source>人民币</source><target>RMB</target></segment></unit>
<unit id="u3" translate="no"><segment><source>ABC</source><target>ABC</target></segment></unit>
</file>
</xliff>`;
    expect(brief(readXliff(xliff, 'x.xlf'))).toEqual([
      ['u1/s1', 5, '加入世界贸易组织。', 'Join the World Trade Organization.'],
      ['u1/s2', 6, '全面建成小康社会', 'build a moderately prosperous society!'],
      ['u2', 8, '人民币', 'RMB'],
    ]);
  });
});

describe('readBitext and aligned files', () => {
  it('picks the reader by extension or content', () => {
    const tsv = file('a.tsv', 'zh\ten\n联合国\tUN\n');
    const xml = file('noext', '<?xml version="1.0"?><tmx version="1.4"><body><tu><tuv xml:lang="zh"><seg>联合国</seg></tuv><tuv xml:lang="en"><seg>UN</seg></tuv></tu></body></tmx>');
    expect(brief(readBitext(tsv))).toEqual([['2', 2, '联合国', 'UN']]);
    expect(brief(readBitext(xml))).toEqual([['1', 1, '联合国', 'UN']]);
    expect(() => readBitext(file('notes.txt', 'hello'))).toThrow(/notes\.txt: unknown bitext format/);
    expect(() => readBitext(join(dir, 'missing.tsv'))).toThrow(/missing\.tsv: no such file$/);
  });

  it('aligns two plain files by line', () => {
    const zh = file('zh.txt', '推进一带一路建设\n\n联合国\n');
    const en = file('en.txt', 'Advance the Belt and Road Initiative\n\nthe UN\n');
    expect(brief(readAlignedFiles(zh, en))).toEqual([
      ['1', 1, '推进一带一路建设', 'Advance the Belt and Road Initiative'],
      ['3', 3, '联合国', 'the UN'],
    ]);
  });

  it('names the file and line where aligned files part', () => {
    const zh = file('zh2.txt', '一\n二\n三\n');
    const en = file('en2.txt', 'one\ntwo\n');
    expect(() => readAlignedFiles(zh, en)).toThrow(`${zh}:3: unequal line counts: ${zh} has 3 lines, ${en} has 2 (${en} ends after line 2)`);
    const gap = file('en3.txt', 'one\n\nthree\n');
    expect(() => readAlignedFiles(zh, gap)).toThrow(`${gap}:2: empty target for line 2 of ${zh} (use --allow-empty to skip untranslated lines)`);
  });
});
