// npm run bench [-- --only NAME,...] [-- ARGS]: runs scripts/bench/*.ts (all, or the named ones); ARGS go to each.
import { here, runAll } from '../run-all.ts';

await runAll(here(import.meta.url), process.argv.slice(2));
