import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';

let fromSource: Promise<string> | undefined;

/**
 * The file worker threads run. The built package ships `dist/worker.js` beside the bundle
 * (`__dirname` is `dist/`, shimmed by tsup in the ESM build). Run from source (tsx, ts-jest),
 * the folder is `src/workers/`: the worker is bundled once per process with esbuild (the
 * compiler tsx and tsup run on) into `node_modules/.cache/unpress/`, where its imports still
 * resolve. Loading TypeScript file by file in every thread took seconds; one bundle takes a blink.
 */
export function workerFile(dir: string = __dirname): Promise<string> {
  const built = join(dir, 'worker.js');
  if (existsSync(built)) return Promise.resolve(built);
  fromSource ??= bundleSource(dir);
  return fromSource;
}

async function bundleSource(dir: string): Promise<string> {
  const entry = join(dir, 'worker.ts');
  if (!existsSync(entry)) throw new Error(`unpress: worker file not found in ${dir} (is dist/worker.js missing from the build?)`);
  // A development-only path: esbuild comes with tsx/tsup, never needed by the built package
  // (required at run time, so the bundler does not try to pull it into dist).
  const esbuild = createRequire(entry)('esbuild') as typeof import('esbuild');
  const out = await esbuild.build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', packages: 'external', write: false });
  const cache = join(dir, '..', '..', 'node_modules', '.cache', 'unpress');
  await mkdir(cache, { recursive: true });
  const text = out.outputFiles[0]!.text;
  const file = join(cache, `worker-${createHash('sha1').update(text).digest('hex').slice(0, 12)}.js`);
  if (existsSync(file)) return file;
  // Written under a temporary name first: another process may be loading its own copy.
  await writeFile(`${file}.${process.pid}.tmp`, text);
  await rename(`${file}.${process.pid}.tmp`, file);
  return file;
}
