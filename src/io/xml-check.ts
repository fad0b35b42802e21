// Well-formedness of an XML input (TMX, XLIFF, TBX), checked before parsing so that a broken file is an error
// naming its file and line rather than a half-read tree.
import { XMLValidator } from 'fast-xml-parser';
import { inputError } from '../errors.ts';

/** Throws a ZhtermError `file:line: malformed XML: …` unless `text` is well-formed XML. */
export function assertWellFormed(text: string, file: string): void {
  const verdict = XMLValidator.validate(text);
  if (verdict === true) return;
  const { line, msg } = verdict.err;
  // fast-xml-parser reports elements still open at the end of the text as line 1, "Invalid '[ "tmx", "body" ]'
  // found.": say which ones, at the last line, where the text stopped
  const open = /^Invalid '(\[[\s\S]*\])' found\.$/.exec(msg);
  if (open) {
    const names = JSON.parse(open[1]) as string[];
    const lastLine = text.replace(/\s+$/, '').split('\n').length;
    throw inputError(file, lastLine, `malformed XML: the text ends inside ${names.map((n) => `<${n}>`).join(' › ')} (truncated file?)`);
  }
  throw inputError(file, line, `malformed XML: ${msg}`);
}
