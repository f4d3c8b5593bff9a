import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// The published declarations, as a consumer gets them, in a temporary `node_modules/unpress`
// with the package's own `exports` map: those of `npm run build` when dist/ is newer than every
// source (fast), otherwise built here by tsup with the same options as tsup.config.ts. `tsc
// --strict` compiles the consumer files against them as ES module and as CommonJS. Each
// consumer line is a claim about the types (see consumer/main.ts); a broken one fails here.
const root = resolve(__dirname, '../..');
const bin = (name: string): string => join(root, 'node_modules', '.bin', name);
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-types-'));
  const modules = join(dir, 'node_modules');
  mkdirSync(modules);
  // The declarations import zod, domhandler, cheerio, yaml…: the project's own installs.
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (name !== 'unpress' && !name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(modules, name));
  }
  const pkg = join(modules, 'unpress');
  if (builtDeclarationsAreFresh()) {
    cpSync(join(root, 'dist'), join(pkg, 'dist'), { recursive: true, filter: (f) => statSync(f).isDirectory() || /\.d\.[mc]?ts$/.test(f) });
  } else {
    const entries = ['--entry.index', 'src/index.ts', '--entry.testing', 'src/testing/index.ts', '--entry.testing/fixtures', 'src/testing/fixtures/index.ts'];
    execFileSync(bin('tsup'), ['--no-config', ...entries, '--dts-only', '--format', 'esm,cjs', '--target', 'node20', '--out-dir', join(pkg, 'dist')], { cwd: root, stdio: 'pipe' });
  }
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'unpress', main: manifest.main, types: manifest.types, exports: manifest.exports }));
  for (const file of readdirSync(join(__dirname, 'consumer'))) {
    const base = file.replace(/\.ts$/, '');
    copyFileSync(join(__dirname, 'consumer', file), join(dir, `${base}.mts`));
    copyFileSync(join(__dirname, 'consumer', file), join(dir, `${base}.cts`));
  }
}, 120_000);

// dist/ holds every declaration the exports map names, each newer than every file of src/,
// package.json and tsup.config.ts.
function builtDeclarationsAreFresh(): boolean {
  const names = ['index.d.ts', 'index.d.mts', 'testing.d.ts', 'testing.d.mts', 'testing/fixtures.d.ts', 'testing/fixtures.d.mts'].map((f) => join(root, 'dist', f));
  if (!names.every((f) => existsSync(f))) return false;
  const built = Math.min(...names.map((f) => statSync(f).mtimeMs));
  const sources = [join(root, 'package.json'), join(root, 'tsup.config.ts'), ...(readdirSync(join(root, 'src'), { recursive: true }) as string[]).map((f) => join(root, 'src', f))];
  return sources.every((f) => statSync(f).mtimeMs < built);
}

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function tsc(files: string[], types = 'node'): string {
  try {
    execFileSync(bin('tsc'), ['--strict', '--noEmit', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', '--skipLibCheck', '--types', types, ...files], { cwd: dir, stdio: 'pipe' });
    return '';
  } catch (e) {
    return String((e as { stdout?: Buffer }).stdout ?? e);
  }
}

test('the built declarations type nested blocks, narrowing, the README examples and unpress/testing under --strict (ESM and CommonJS), without Jest', () => {
  const files = readdirSync(dir).filter((f) => /\.[mc]ts$/.test(f) && !f.startsWith('with-jest'));
  expect(files).toEqual(expect.arrayContaining(['main.mts', 'main.cts', 'testing.mts', 'testing.cts']));
  expect(tsc(files)).toBe('');
}, 60_000);

test('with @types/jest, the global expect knows the matchers, typed', () => {
  // with-jest.ts calls each matcher, and expects an error for a wrong heading level: a missing
  // augmentation (no such property) or one typed `any` (no error to expect) both fail.
  expect(tsc(['with-jest.cts'], 'node,jest')).toBe('');
}, 60_000);

test('the check can fail: children typed as unknown do not compile', () => {
  // The declarations as they were before the recursive types were named: a block's children cut to unknown.
  const dist = join(dir, 'node_modules', 'unpress', 'dist');
  const declarations = join(dist, readdirSync(dist).find((f) => f.endsWith('.d.ts') && readFileSync(join(dist, f), 'utf8').includes('interface DetailsBlock extends'))!);
  const good = readFileSync(declarations, 'utf8');
  try {
    writeFileSync(declarations, good.replace(/(interface DetailsBlock extends [^{]*\{\s*children: )Block\[\];/, '$1unknown;'));
    expect(readFileSync(declarations, 'utf8')).not.toBe(good);
    expect(tsc(['main.cts'])).toMatch(/main\.cts.*error TS/);
  } finally {
    writeFileSync(declarations, good);
  }
}, 60_000);
