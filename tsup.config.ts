import { defineConfig } from 'tsup';

// Entry points: the library (ESM + CJS + types), the testing kit (`unpress/testing` and its
// fixtures, a build of their own so that the library's bundle never holds or loads them), the
// CLI binary (CJS, with a shebang) and the worker-thread file that `workers`/`--jobs` load from
// beside the bundle (dist/worker.js).
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'node20',
    // The ESM bundle needs `__dirname` to find dist/worker.js.
    shims: true,
    // ES modules only: bundled, so that require('unpress') works on every Node 20.
    noExternal: ['p-retry', 'p-limit', 'yocto-queue', 'is-network-error'],
  },
  {
    entry: { testing: 'src/testing/index.ts', 'testing/fixtures': 'src/testing/fixtures/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['cjs'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    noExternal: ['p-retry', 'p-limit', 'yocto-queue', 'is-network-error'],
  },
  {
    entry: { worker: 'src/workers/worker.ts' },
    format: ['cjs'],
    target: 'node20',
  },
]);
