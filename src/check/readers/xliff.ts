// XLIFF 1.2 (Trados SDLXLIFF, memoQ MQXLIFF, Phrase MXLIFF) and XLIFF 2.0. Trados splits a trans-unit into
// segments with <mrk mtype="seg" mid> in <seg-source> and <target>: each becomes a unit with id = mid, the
// segment number Trados shows. <alt-trans> (TM matches) is never read as the translation.
import { inputError } from '../../errors.ts';
import type { TranslationUnit } from '../../types.ts';
import { DEFAULT_READ_OPTIONS, type ReadBitextOptions } from './options.ts';
import { attr, childrenOf, cleanSegment, elements, findAll, parseXml, segmentText, type ParsedXml, type XmlNode } from './xml.ts';

interface Raw {
  id: string;
  line: number;
  source: string;
  target: string | undefined;
}

export function readXliff(text: string, file: string, options: ReadBitextOptions = {}): TranslationUnit[] {
  const opts = { ...DEFAULT_READ_OPTIONS, ...options };
  const xml = parseXml(text, file);
  const root = findAll(xml.root, 'xliff')[0];
  if (!root) throw inputError(file, 1, 'not an XLIFF file (no <xliff> element)');
  const version = attr(root, 'version') ?? '';
  const v2 = version.startsWith('2');
  // the languages are declared on <xliff> in 2.0, on each <file> in 1.2: a file the other way round is no zh→en bitext
  for (const node of v2 ? [root] : findAll(childrenOf(root), 'file')) {
    const [src, trg] = v2 ? [attr(node, 'srcLang'), attr(node, 'trgLang')] : [attr(node, 'source-language'), attr(node, 'target-language')];
    if (src !== undefined && !/^zh(?![a-z])/i.test(src)) throw inputError(file, xml.lineOf(node), `source language is ${src}: zhterm checks Chinese → English`);
    if (trg !== undefined && !/^en(?![a-z])/i.test(trg)) throw inputError(file, xml.lineOf(node), `target language is ${trg}: zhterm checks Chinese → English`);
  }
  const raws = v2 ? units20(xml, root) : units12(xml, root);
  // Phrase (Memsource) writes its tags as text: {1>bold<1}, {2}.
  const phrase = file.toLowerCase().endsWith('.mxliff') || Object.values((root[':@'] as Record<string, string> | undefined) ?? {}).some((v) => v.includes('memsource'));
  const units: TranslationUnit[] = [];
  for (const raw of raws) {
    const r = phrase ? { ...raw, source: stripPhraseTags(raw.source), target: raw.target === undefined ? undefined : stripPhraseTags(raw.target) } : raw;
    // a segment with no source text (tags only: <x/>, a page break) has nothing to check, translated or not
    if (r.source === '') continue;
    if (!r.target) {
      if (opts.allowEmpty) continue;
      throw inputError(file, r.line, `segment ${r.id} has an empty target (use --allow-empty to skip untranslated segments)`);
    }
    units.push({ id: r.id, file, line: r.line, source: r.source, target: r.target });
  }
  return units;
}

function stripPhraseTags(text: string): string {
  return text.replace(/\{\d+>|<\d+\}|\{\d+\}/g, '').replace(/\s+/g, ' ').trim();
}

function text(nodes: XmlNode[] | undefined): string | undefined {
  return nodes === undefined ? undefined : cleanSegment(segmentText(nodes));
}

/** Segment markers `<mrk mtype="seg">` anywhere below a node, by mid. */
function segMarkers(node: XmlNode): Map<string, XmlNode> {
  const out = new Map<string, XmlNode>();
  for (const mrk of findAll(childrenOf(node), 'mrk')) {
    if (attr(mrk, 'mtype') === 'seg') out.set(attr(mrk, 'mid') ?? String(out.size + 1), mrk);
  }
  return out;
}

function units12(xml: ParsedXml, root: XmlNode): Raw[] {
  const out: Raw[] = [];
  findAll(childrenOf(root), 'trans-unit').forEach((tu, index) => {
    if (attr(tu, 'translate') === 'no') return;
    const id = attr(tu, 'id') ?? String(index + 1);
    const kids = childrenOf(tu);
    const source = elements(kids, 'source')[0];
    const segSource = elements(kids, 'seg-source')[0];
    const target = elements(kids, 'target')[0];
    const line = xml.lineOf(source ?? tu);
    const srcSegs = segSource ? segMarkers(segSource) : new Map<string, XmlNode>();
    if (srcSegs.size > 0) {
      const tgtSegs = target ? segMarkers(target) : new Map<string, XmlNode>();
      // one segment and a target without markers: the target's text is that segment's translation
      const plainTarget = srcSegs.size === 1 && tgtSegs.size === 0 && target ? text(childrenOf(target)) : undefined;
      for (const [mid, mrk] of srcSegs) {
        const t = tgtSegs.get(mid);
        out.push({ id: mid, line: xml.lineOf(mrk), source: text(childrenOf(mrk)) ?? '', target: t ? text(childrenOf(t)) : plainTarget });
      }
      return;
    }
    out.push({ id, line, source: text(source ? childrenOf(source) : []) ?? '', target: target ? text(childrenOf(target)) : undefined });
  });
  return out;
}

function units20(xml: ParsedXml, root: XmlNode): Raw[] {
  const out: Raw[] = [];
  findAll(childrenOf(root), 'unit').forEach((unit, index) => {
    if (attr(unit, 'translate') === 'no') return;
    const unitId = attr(unit, 'id') ?? String(index + 1);
    const segments = elements(childrenOf(unit), 'segment');
    segments.forEach((seg, i) => {
      const kids = childrenOf(seg);
      const source = elements(kids, 'source')[0];
      const target = elements(kids, 'target')[0];
      const id = segments.length === 1 ? unitId : `${unitId}/${attr(seg, 'id') ?? i + 1}`;
      out.push({ id, line: xml.lineOf(source ?? seg), source: text(source ? childrenOf(source) : []) ?? '', target: target ? text(childrenOf(target)) : undefined });
    });
  });
  return out;
}
