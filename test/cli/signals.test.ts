import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// A real process (the CLI from source, through tsx), so a real signal can stop it.
jest.setTimeout(120_000);

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-signal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('unpress convert stopped by a signal', () => {
  it.each([
    ['SIGINT', 130, 2],
    ['SIGTERM', 143, 2],
    ['SIGINT', 130, 1],
  ] as const)('%s: exits with %i and leaves no temporary file in --out (--jobs %i)', async (signal, status, jobs) => {
    // Enough posts that the run is still going when the first files are there.
    const input = join(dir, 'posts.ndjson');
    writeFileSync(input, Array.from({ length: 1500 }, (_, i) => JSON.stringify({ ...seed, id: i + 1, slug: `post-${i}` })).join('\n'));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../src/cli/main.ts'), 'convert', input, '--out', out, '-q', '--jobs', String(jobs)], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const files = () => {
      try {
        return readdirSync(out);
      } catch {
        return [];
      }
    };
    for (let waited = 0; files().filter((f) => f.endsWith('.md')).length < 5 && waited < 60_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    expect(await exited).toBe(status);
    const left = files();
    expect(left.filter((f) => f.endsWith('.md')).length).toBeLessThan(1500);
    expect(left.filter((f) => !f.endsWith('.md'))).toEqual([]);
  });
});
