// A small element tree over fast-xml-parser's ordered output: enough to walk TBX without caring about
// namespace prefixes, mixed content or the parser's array-of-objects shape.
import { XMLParser } from 'fast-xml-parser';
import { inputError } from '../errors.ts';
import { assertWellFormed } from '../io/xml-check.ts';

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: (XmlElement | string)[];
}

type Ordered = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** Parses XML into elements; malformed XML is a ZhtermError naming file:line. */
export function parseXml(xml: string, file: string): XmlElement {
  assertWellFormed(xml, file);
  const root = (parser.parse(xml) as Ordered[]).map(toElement).find((n): n is XmlElement => typeof n !== 'string');
  if (!root) throw inputError(file, 1, 'no XML element found');
  return root;
}

function toElement(node: Ordered): XmlElement | string {
  if ('#text' in node) return String(node['#text']);
  const name = Object.keys(node).find((k) => k !== ':@') as string;
  const attrs = Object.fromEntries(Object.entries((node[':@'] ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  return { name, attrs, children: ((node[name] ?? []) as Ordered[]).map(toElement) };
}

export function childElements(el: XmlElement, ...names: string[]): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && (names.length === 0 || names.includes(c.name)));
}

/** All text inside an element (inline markup such as <hi> kept as its text), whitespace collapsed. */
export function textOf(el: XmlElement): string {
  const parts: string[] = [];
  const walk = (e: XmlElement) => e.children.forEach((c) => (typeof c === 'string' ? parts.push(c) : walk(c)));
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** xml:lang, whether the parser kept the prefix or not. */
export function langOf(el: XmlElement): string {
  return el.attrs['xml:lang'] ?? el.attrs.lang ?? '';
}

/** 1-based line of each start tag with one of these names, in document order (comments skipped). */
export function startTagLines(xml: string, names: string[]): number[] {
  const pattern = new RegExp(`<!--[\\s\\S]*?-->|<(?:[\\w.-]+:)?(?:${names.join('|')})[\\s>/]`, 'g');
  const lines: number[] = [];
  let line = 1;
  let last = 0;
  for (const m of xml.matchAll(pattern)) {
    for (let i = last; i < m.index; i++) if (xml.charCodeAt(i) === 10) line++;
    last = m.index;
    if (!m[0].startsWith('<!--')) lines.push(line);
  }
  return lines;
}
