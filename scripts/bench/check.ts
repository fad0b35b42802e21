// npm run bench -- --only check: 100,000 segment pairs against a 5,000-entry glossary (the target is
// under 10 s). The glossary takes real words of jieba's dictionary with made-up English renderings; segments
// string dictionary words and glossary terms together, their targets carry the renderings, some dropped or
// deprecated. Everything is generated from a fixed seed. Options: --segments N, --entries N.
import { readFileSync } from 'node:fs';
import { checkUnits } from '../../src/check/index.ts';
import { JIEBA_DICT_PATH } from '../../src/segment/jieba.ts';
import type { GlossaryEntry, TranslationUnit } from '../../src/types.ts';
import { rng } from '../eval/check/bitext.ts';

function arg(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

const SYLLABLES = 'ka lo mi ra ten su vel dor an is pre nat con sil bar ment tion ful com pro gen'.split(' ');

function pseudoWord(random: () => number): string {
  const n = 2 + Math.floor(random() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return w;
}

export async function run(args: string[]): Promise<void> {
  const segmentCount = arg(args, '--segments', 100_000);
  const entryCount = arg(args, '--entries', 5_000);
  const random = rng(42);
  const words = readFileSync(JIEBA_DICT_PATH, 'utf8')
    .split('\n')
    .map((l) => l.split(' '))
    .filter((c) => c.length >= 2 && Number(c[1]) >= 50 && /^\p{Script=Han}{2,4}$/u.test(c[0]!))
    .map((c) => c[0]!);
  const stride = Math.max(1, Math.floor(words.length / entryCount));
  const glossary: GlossaryEntry[] = [];
  for (let i = 0; glossary.length < entryCount && i < words.length; i += stride) {
    const en = `${pseudoWord(random)} ${pseudoWord(random)}`;
    glossary.push({ zh: words[i]!, en, enAdmitted: random() < 0.3 ? [`${pseudoWord(random)} ${en.split(' ')[1]}`] : [], enDeprecated: random() < 0.3 ? [`old ${pseudoWord(random)}`] : [] });
  }
  const fillers = words.filter((_, i) => i % stride !== 0);
  const englishFiller = 'the government said that it would further promote the development of cooperation in many fields'.split(' ');
  const units: TranslationUnit[] = [];
  for (let s = 0; s < segmentCount; s++) {
    const zh: string[] = [];
    const en: string[] = [];
    for (let k = 0; k < 12; k++) {
      if (random() < 0.18) {
        const e = glossary[Math.floor(random() * glossary.length)]!;
        zh.push(e.zh);
        const roll = random();
        if (roll < 0.9) en.push(roll < 0.85 || e.enAdmitted.length === 0 ? e.en : e.enAdmitted[0]!);
        else if (roll < 0.95 && e.enDeprecated.length > 0) en.push(e.enDeprecated[0]!);
      } else {
        zh.push(fillers[Math.floor(random() * fillers.length)]!);
        en.push(englishFiller[Math.floor(random() * englishFiller.length)]!);
      }
    }
    units.push({ id: String(s + 1), file: 'bench', line: s + 1, source: `${zh.join('')}。`, target: `${en.join(' ')}.` });
  }
  const runOnce = (label: string, options: Parameters<typeof checkUnits>[2]): void => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const findings = checkUnits(units, glossary, options);
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const cpuSeconds = (used.user + used.system) / 1e6;
    console.log(`${label}: ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s CPU; wall time grows when other processes share the cores) for ${units.length.toLocaleString('en')} segment pairs, ${glossary.length.toLocaleString('en')} glossary entries, ${findings.length.toLocaleString('en')} findings (${seconds < 10 ? 'under' : 'OVER'} the 10 s target)`);
  };
  runOnce('check, glossary terms only (--no-recurring)', { recurring: [] });
  if (!args.includes('--no-defaults')) runOnce('check, defaults (recurring source terms extracted too)', {});
}
