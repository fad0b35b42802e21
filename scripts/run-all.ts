// `npm run eval` and `npm run bench` run every script in scripts/eval or scripts/bench, in name order.
// Each stage owns its own file there (extract.ts, enrich.ts, check.ts …); this runner knows none of them.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** `--only a,b` picks scripts by name; every other argument is passed to each script's run(). */
export async function runAll(dir: string, argv: string[]): Promise<void> {
  const i = argv.indexOf('--only');
  const only = i >= 0 ? (argv[i + 1] ?? '').split(',') : [];
  const args = i >= 0 ? [...argv.slice(0, i), ...argv.slice(i + 2)] : argv;
  const available = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  // a misspelt name in a CI step must fail, not run nothing and pass
  const unknown = only.filter((name) => !available.includes(name));
  if (i >= 0 && (only.length === 0 || unknown.length > 0)) {
    console.error(`unknown script "${unknown.join(', ')}" (choose from ${available.join(', ')})`);
    process.exit(2);
  }
  const scripts = available.filter((name) => only.length === 0 || only.includes(name)).map((name) => `${name}.ts`);
  for (const file of scripts) {
    console.log(`\n## ${file.replace(/\.ts$/, '')}`);
    const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run?: (args: string[]) => Promise<void> };
    if (typeof mod.run !== 'function') throw new Error(`${file} must export run(args)`);
    await mod.run(args);
  }
}

export const here = (url: string): string => dirname(fileURLToPath(url));
