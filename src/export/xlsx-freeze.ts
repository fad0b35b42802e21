// SheetJS Community Edition does not write frozen panes, so the header row is frozen by adding the <pane>
// element to the sheet XML inside the finished package (the zip is rewritten with SheetJS's own CFB module).
import * as XLSX from 'xlsx';

const FROZEN_FIRST_ROW = '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>';

interface CfbEntry {
  name: string;
  content: Uint8Array;
  size: number;
}

/** Freezes the first row of the named sheets (sheet order = the order they were appended). */
export function freezeHeaderRows(xlsx: Uint8Array, sheetNames: string[]): Uint8Array {
  const CFB = XLSX.CFB as {
    read(data: Uint8Array, opts: { type: 'buffer' }): unknown;
    find(cfb: unknown, path: string): CfbEntry | null;
    write(cfb: unknown, opts: { fileType: 'zip'; type: 'buffer'; compression: boolean }): Uint8Array;
  };
  const zip = CFB.read(xlsx, { type: 'buffer' });
  const workbook = XLSX.read(xlsx, { type: 'array', bookSheets: true });
  for (const name of sheetNames) {
    const index = workbook.SheetNames.indexOf(name);
    if (index < 0) continue;
    const entry = CFB.find(zip, `/xl/worksheets/sheet${index + 1}.xml`);
    if (!entry) throw new Error(`freezeHeaderRows: sheet${index + 1}.xml not found in the workbook package`);
    const xml = Buffer.from(entry.content).toString('utf8');
    const frozen = xml.replace(/<sheetView([^>]*?)\/>/, `<sheetView$1>${FROZEN_FIRST_ROW}</sheetView>`);
    if (frozen === xml) throw new Error(`freezeHeaderRows: no empty <sheetView/> in sheet${index + 1}.xml`);
    entry.content = Buffer.from(frozen, 'utf8');
    entry.size = entry.content.length;
  }
  return new Uint8Array(CFB.write(zip, { fileType: 'zip', type: 'buffer', compression: true }));
}
