// Validates TBX against the official schemas copied into test/fixtures/tbx-schemas (see SOURCE.md there):
// v2 with the TBX-Basic 2008 RELAX NG, v3 with the core RELAX NG and then the TBX-Basic DCA Schematron.
import { readFileSync } from 'node:fs';
import { Schema } from 'node-schematron';
import { validateXML } from 'xmllint-wasm';

const dir = new URL('../fixtures/tbx-schemas/', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, dir), 'utf8');

async function relaxng(xml: string, schemaPath: string): Promise<string[]> {
  const schema = { fileName: schemaPath.split('/').pop() as string, contents: read(schemaPath) };
  const result = await validateXML({ xml: { fileName: 'termbase.tbx', contents: xml }, schema, extension: 'relaxng' });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

let dca: Schema | undefined;

/** Problems found, empty when the file is valid. */
export async function validateTbx(xml: string, version: 'v2' | 'v3'): Promise<string[]> {
  if (version === 'v2') return relaxng(xml, 'v2-2008-basic/TBXBasicRNGV02.rng');
  const core = await relaxng(xml, 'v3/core/TBXcoreStructV03.rng');
  if (core.length) return core;
  dca ??= Schema.fromString(read('v3/basic/TBX-Basic_DCA.sch'));
  return dca
    .validateString(xml)
    .filter((r) => !r.isReport)
    .map((r) => (r.message ?? '').replace(/\s+/g, ' ').trim());
}
