// `zhterm enrich [file|-]`: pinyin, traditional forms, HSK levels and glosses for a list of terms, one per line.
// The thin CLI over src/enrich: reads the list (any encoding the corpus reader detects), writes TSV or JSON.
import { Option, type Command } from 'commander';
import { readFileSync } from 'node:fs';
import { checkEncodingName, createStrictDecoder, detectEncoding, SAMPLE_BYTES } from '../corpus/encoding.ts';
import { inputName } from '../corpus/index.ts';
import { ZhtermError } from '../errors.ts';
import { ENRICH_FORMATTERS, type EnrichFormat } from '../enrich/format.ts';
import { enrichTerms } from '../enrich/index.ts';
import { parseTermList } from '../enrich/term-list.ts';
import { writeOutput } from '../io/write.ts';
import { textOutputFormat } from './options.ts';
import { projectGlossary, refuseOutputOverInputs } from './protect.ts';

interface EnrichCliOptions {
  format?: EnrichFormat;
  output?: string;
  toneSandhi: boolean;
  toneless: boolean;
  encoding?: string;
}

function readTermFile(file: string, encoding: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ZhtermError(`${file}: cannot read: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (err as Error).message}`);
  }
  const name = inputName(file);
  // a list of a few short lines is too little for detection to tell GBK from other encodings: --encoding decides
  const decoder = createStrictDecoder(encoding !== undefined ? checkEncodingName(encoding) : detectEncoding(bytes.subarray(0, SAMPLE_BYTES), name), name);
  return decoder.decode(bytes) + decoder.end();
}

function enrich(file: string | undefined, opts: EnrichCliOptions): void {
  const path = file ?? '-';
  const format = textOutputFormat(opts.format, opts.output, Object.keys(ENRICH_FORMATTERS) as EnrichFormat[], 'tsv');
  refuseOutputOverInputs(opts.output, [{ path, role: 'the term list being enriched' }, projectGlossary()]);
  const list = parseTermList(readTermFile(path, opts.encoding), inputName(path));
  for (const warning of list.warnings) process.stderr.write(`zhterm enrich: ${warning}\n`);
  const rows = enrichTerms(list.terms.map((t) => t.term), { toneSandhi: opts.toneSandhi, toneless: opts.toneless });
  writeOutput(opts.output, ENRICH_FORMATTERS[format](rows));
}

export function registerEnrich(program: Command): void {
  program
    .command('enrich')
    .description('Pinyin (GB/T 16159-2012), traditional forms (OpenCC hant, tw, hk), HSK levels and CC-CEDICT glosses for a list of terms, one per line.')
    .argument('[file]', 'the term list (- or nothing for standard input)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o extension .json or .tsv, else tsv)').choices(Object.keys(ENRICH_FORMATTERS)))
    .option('-o, --output <file>', 'write here instead of standard output')
    .option('--tone-sandhi', 'spoken tones of 一 and 不 (yí dài yí lù) instead of citation tones', false)
    .option('--toneless', 'pinyin without tone marks (pinyinNumbers keeps its numbers)', false)
    .option('--encoding <name>', 'input encoding (default: detected)')
    .action(enrich);
}
