// Shared XML plumbing for TMX and XLIFF: validation with a file:line message, an ordered node tree with
// offsets, and the plain text of a segment with inline markup handled.
import { XMLParser } from 'fast-xml-parser';
import { assertWellFormed } from '../../io/xml-check.ts';
import { lineAt, lineStarts } from './text.ts';

/** One element in fast-xml-parser's preserveOrder shape: `{ tag: children, ':@': attributes }`. */
export type XmlNode = Record<string, unknown>;

const META = XMLParser.getMetaDataSymbol() as unknown as symbol;

// Inline elements whose content is native markup (a bold tag, a field code), never translatable text.
const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'x', 'bx', 'ex', 'sc', 'ec', 'sub']);

export interface ParsedXml {
  root: XmlNode[];
  /** 1-based line of a node's start tag. */
  lineOf(node: XmlNode): number;
}

export function parseXml(text: string, file: string): ParsedXml {
  assertWellFormed(text, file);
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    captureMetaData: true,
    trimValues: false,
    parseTagValue: false,
    parseAttributeValue: false,
    processEntities: true,
    htmlEntities: true,
  });
  const root = parser.parse(text) as XmlNode[];
  const starts = lineStarts(text);
  return {
    root,
    lineOf: (node) => {
      const meta = (node as Record<symbol, { startIndex?: number } | undefined>)[META];
      return meta?.startIndex === undefined ? 0 : lineAt(starts, meta.startIndex);
    },
  };
}

/** The element name of a node, or undefined for text and comments. */
export function tagOf(node: XmlNode): string | undefined {
  for (const key of Object.keys(node)) if (key !== ':@' && key !== '#text' && key !== '#comment') return key;
  return undefined;
}

export function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  return tag === undefined ? [] : ((node[tag] as XmlNode[] | undefined) ?? []);
}

export function attr(node: XmlNode, name: string): string | undefined {
  const attrs = node[':@'] as Record<string, string> | undefined;
  return attrs?.[name];
}

/** Child elements with a given local name (namespace prefixes such as `sdl:` ignored). */
export function elements(nodes: XmlNode[], name: string): XmlNode[] {
  return nodes.filter((n) => localName(tagOf(n)) === name);
}

export function localName(tag: string | undefined): string | undefined {
  return tag?.replace(/^.*:/, '');
}

/** Depth-first search for every element with the given local name (not descending into matches). */
export function findAll(nodes: XmlNode[], name: string, out: XmlNode[] = []): XmlNode[] {
  for (const n of nodes) {
    const tag = localName(tagOf(n));
    if (tag === undefined) continue;
    if (tag === name) out.push(n);
    else findAll(childrenOf(n), name, out);
  }
  return out;
}

/** The translatable text of a segment: text of g/mrk/pc/hi kept, native codes dropped, cp resolved. */
export function segmentText(nodes: XmlNode[]): string {
  let out = '';
  // a native code between two Latin words (Belt and Road<x/>Initiative: a soft return) stands for a space
  let afterCode = false;
  const append = (piece: string): void => {
    if (afterCode && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(piece)) out += ' ';
    out += piece;
    if (piece !== '') afterCode = false;
  };
  for (const n of nodes) {
    if ('#text' in n) {
      append(String(n['#text']));
      continue;
    }
    const tag = localName(tagOf(n));
    if (tag === undefined) continue;
    if (CODE_ELEMENTS.has(tag)) {
      afterCode = true;
      continue;
    }
    if (tag === 'cp') {
      const hex = attr(n, 'hex');
      if (hex) append(String.fromCodePoint(parseInt(hex, 16)));
      continue;
    }
    append(segmentText(childrenOf(n)));
  }
  return out;
}

/** Collapses the whitespace that XML indentation leaves inside a segment. */
export function cleanSegment(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
