// node --import tsx --import ./scripts/bench/scale/use-node-rs-jieba.mjs …: every import of
// src/segment/jieba.ts gets node-rs-jieba.ts instead (a module resolve hook, chained after tsx's).
import { register } from 'node:module';

register(
  'data:text/javascript,' +
    encodeURIComponent(`
const shim = ${JSON.stringify(new URL('./node-rs-jieba.ts', import.meta.url).href)};
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  return result.url.endsWith('/src/segment/jieba.ts') ? { ...result, url: shim } : result;
}`),
);
