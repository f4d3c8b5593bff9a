import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..');

/**
 * The library as users get it: the published bundle (`dist/index.js`, built by `npm run bench`
 * before it runs), not the sources. Running `src/` through tsx measures the dev transform too:
 * every call across files goes through a getter and every inner function gets a `name` set at
 * run time (esbuild's `keepNames`), about 9% of the pipeline's time that no user pays.
 *
 * @throws Error when the bundle is missing or older than a source file (a stale build would
 * measure code that is no longer there).
 */
export function loadLibrary(): typeof import('../src/index') {
  const bundle = join(root, 'dist', 'index.js');
  if (!existsSync(bundle)) throw new Error('dist/index.js is missing: run `npm run build` (npm run bench does)');
  const stale = newerThan(join(root, 'src'), statSync(bundle).mtimeMs);
  if (stale) throw new Error(`dist/index.js is older than ${stale}: run \`npm run build\` (npm run bench does)`);
  return require(bundle) as typeof import('../src/index');
}

// The first file under `dir` modified after `time`, or null.
function newerThan(dir: string, time: number): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const found = newerThan(path, time);
      if (found) return found;
    } else if (statSync(path).mtimeMs > time) return path.slice(root.length + 1);
  }
  return null;
}
