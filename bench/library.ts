import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The library as users get it: the published bundle (`dist/index.js`, built by `npm run bench`
 * before it runs), not the sources. Running `src/` through tsx measures the dev transform too:
 * every call across files goes through a getter and every inner function gets a `name` set at
 * run time (esbuild's `keepNames`), about 9% of the pipeline's time that no user pays.
 */
export function loadLibrary(): typeof import('../src/index') {
  const bundle = join(__dirname, '..', 'dist', 'index.js');
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run build` (npm run bench does)');
  return require(bundle) as typeof import('../src/index');
}
