// Which encoding a file is in, and a strict streaming decoder for it.
// Decoding never guesses silently: bytes that do not decode are an error naming the file and line.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { inputError, ZhtermError } from '../errors.ts';

/** How many bytes of a file the detector looks at. */
export const SAMPLE_BYTES = 64 * 1024;

/** Encodings chardet may propose for a file that is not UTF-8: only the Chinese ones are trusted. */
const CHINESE_ENCODINGS = new Map([
  ['GB18030', 'gb18030'],
  ['Big5', 'big5'],
]);

/** Below this chardet confidence a Chinese encoding is not believed. */
const MIN_CONFIDENCE = 30;

/** A UTF-8 prefix with this many multi-byte characters makes a later bad byte a corrupt UTF-8 file, not GBK. */
const UTF8_EVIDENCE = 8;

/** Byte-order marks; the decoded U+FEFF is dropped by the reader. */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0x84, 0x31, 0x95, 0x33], 'gb18030'],
];

function bomOf(sample: Uint8Array): string | undefined {
  return BOMS.find(([bytes]) => bytes.every((b, i) => sample[i] === b))?.[1];
}

/** True when the bytes decode under `encoding` (an incomplete character at the end is allowed). */
function decodesStrictly(sample: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** 1-based line of `index` in `text`: names the line of a bad byte. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/**
 * Detects the encoding of a file from its first bytes: a BOM, else UTF-8 when the bytes are valid UTF-8,
 * else GB18030 or Big5 when chardet says so and the bytes decode. Throws a ZhtermError naming the file
 * for binary data (NUL bytes) and for bytes no supported encoding explains.
 * Returns a WHATWG label: utf-8, utf-16le, utf-16be, gb18030 or big5.
 */
export function detectEncoding(sample: Uint8Array, file: string): string {
  const bom = bomOf(sample);
  if (bom) return bom;
  if (sample.includes(0)) {
    throw new ZhtermError(`${file}: binary file (NUL bytes); if it is UTF-16 without a byte-order mark, pass --encoding utf-16le or utf-16be`, 2, file);
  }
  if (decodesStrictly(sample, 'utf-8')) return 'utf-8';

  const asUtf8 = new TextDecoder('utf-8').decode(sample, { stream: true });
  const prefix = asUtf8.slice(0, asUtf8.indexOf('\uFFFD'));
  if (countNonAscii(prefix) >= UTF8_EVIDENCE) {
    throw inputError(file, lineAt(asUtf8, asUtf8.indexOf('\uFFFD')), 'invalid UTF-8 bytes (pass --encoding if the file is in another encoding)');
  }
  for (const guess of chardet.analyse(sample)) {
    const encoding = CHINESE_ENCODINGS.get(guess.name);
    if (encoding && guess.confidence >= MIN_CONFIDENCE && decodesStrictly(sample, encoding)) return encoding;
  }
  throw new ZhtermError(`${file}: cannot decode: not UTF-8, UTF-16 with a byte-order mark, GB18030 or Big5 (a binary file? pass --encoding to force one)`, 2, file);
}

/** Normalizes a user's --encoding value, rejecting labels neither TextDecoder nor iconv-lite knows. */
export function checkEncodingName(name: string): string {
  const label = name.trim().toLowerCase();
  try {
    return new TextDecoder(label).encoding;
  } catch {
    if (iconv.encodingExists(label)) return label;
    throw new ZhtermError(`--encoding: unknown encoding '${name}'`);
  }
}

/** A streaming decoder: feed chunks in order, then call end(). */
export interface StrictDecoder {
  decode(chunk: Uint8Array): string;
  end(): string;
}

/**
 * Decodes chunk by chunk without ever inventing text. Bytes that do not decode throw a ZhtermError naming
 * `file` and the line, counted from `firstLine` over the text decoded so far.
 */
export function createStrictDecoder(encoding: string, file: string, firstLine = 1): StrictDecoder {
  const inner = makeDecoder(encoding);
  // A literal U+FFFD written in the source is legitimate; a decoder-made one is not.
  const literal = Buffer.from(iconv.encodingExists(encoding) ? iconv.encode('\uFFFD', encoding) : []);
  let line = firstLine;

  const check = (text: string, bytes: Uint8Array): string => {
    const bad = text.indexOf('\uFFFD');
    if (bad !== -1 && countOf(text, '\uFFFD') !== countBytes(bytes, literal)) {
      throw inputError(file, line + lineAt(text, bad) - 1, `bytes that are not valid ${encoding}`);
    }
    const nul = text.indexOf('\0');
    if (nul !== -1) throw inputError(file, line + lineAt(text, nul) - 1, 'binary file (NUL bytes)');
    line += countOf(text, '\n');
    return text;
  };
  return {
    decode: (chunk) => check(inner.decode(chunk), chunk),
    end: () => check(inner.end(), new Uint8Array(0)),
  };
}

function makeDecoder(encoding: string): { decode(chunk: Uint8Array): string; end(): string } {
  try {
    const decoder = new TextDecoder(encoding, { ignoreBOM: true });
    return { decode: (chunk) => decoder.decode(chunk, { stream: true }), end: () => decoder.decode() };
  } catch {
    // Labels ICU does not know (old code pages): iconv-lite also marks bad bytes with U+FFFD.
    const decoder = iconv.getDecoder(encoding, { stripBOM: false });
    return { decode: (chunk) => decoder.write(Buffer.from(chunk)), end: () => decoder.end() ?? '' };
  }
}

function countOf(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function countBytes(bytes: Uint8Array, pattern: Buffer): number {
  if (pattern.length === 0) return 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let n = 0;
  for (let i = buf.indexOf(pattern); i !== -1; i = buf.indexOf(pattern, i + pattern.length)) n++;
  return n;
}
