import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../cli/run-cli';

// A real process (the CLI from source, through tsx), so a real signal can stop it.
jest.setTimeout(180_000);

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8'));

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-migrate-signal-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// Every file under a folder, relative, `/`-separated.
function files(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name).slice(root.length + 1));
}

describe('unpress migrate stopped by Ctrl-C', () => {
  it('leaves only whole files, each listed, and --resume completes the folder', async () => {
    const n = 400;
    const input = join(dir, 'posts.ndjson');
    writeFileSync(input, Array.from({ length: n }, (_, i) => JSON.stringify({ ...seed, id: i + 1, slug: `post-${i + 1}`, link: `https://ex.org/p/post-${i + 1}/` })).join('\n'));
    const out = join(dir, 'out');
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../src/cli/main.ts'), 'migrate', input, '--out', out, '--layout', 'plain', '-q'], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const written = () => files(join(out, 'p')).filter((f) => f.endsWith('.md'));
    for (let waited = 0; written().length < 5 && waited < 90_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    const done = written();
    expect(done.length).toBeLessThan(n);
    expect(files(out).filter((f) => f.includes('.tmp'))).toEqual([]);
    // Every file listed in the journal is there; at most the last one written is not listed yet.
    const journal = readFileSync(join(out, '.unpress', 'manifest.journal'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string });
    for (const e of journal) expect(done).toContain(e.file.slice(2));
    expect(journal.length).toBeGreaterThanOrEqual(done.length - 1);
    const r = await runCli(['migrate', input, '--out', out, '--layout', 'plain', '--resume', '-q']);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { totals: { converted: number; unchanged: number } };
    expect(report.totals.unchanged).toBe(journal.length);
    expect(report.totals.converted + report.totals.unchanged).toBe(n);
    expect(written()).toHaveLength(n);
  });
});
