import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// The CLI as a real process (from source, through tsx): what a shell sees, exit status included,
// and what would hang or exhaust the test runner itself (/proc, --jobs 99999) stays outside it.
jest.setTimeout(120_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-process-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// tsx by its file: the process runs in the test's folder, where `--import tsx` would not resolve.
const tsx = pathToFileURL(require.resolve('tsx')).href;

function cli(args: string[], timeoutMs = 60_000): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', tsx, join(__dirname, '../../src/cli/main.ts'), ...args], { cwd: dir });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

const post = (id: number, slug: string, title = `Post ${id}`) => ({ id, slug, title: { rendered: title }, content: { rendered: `<p>Body ${id}</p>` } });

describe('unpress convert as a process', () => {
  it('writes every post when slugs are long in bytes (CJK, emoji) or unsafe names, and prints the summary', async () => {
    const posts = [
      post(1, '中'.repeat(85)),
      post(2, '😀'.repeat(64)),
      post(3, encodeURIComponent('한'.repeat(200))),
      post(4, 'con'),
      post(5, 'LPT1.txt'),
      post(6, 'trailing. . '),
      post(7, 'evil\u202egpj.exe'),
      post(8, 'bell\u0007\u0085\u009b'),
      post(9, 'after'),
    ];
    writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts));
    const r = await cli(['convert', 'posts.json', '--out', 'out', '-q']);
    expect(r.stderr).toBe('9 converted, 0 failed\n');
    expect(r.code).toBe(0);
    const names = readdirSync(join(dir, 'out'));
    expect(names).toHaveLength(9);
    expect(names).toContain('con_.md');
    expect(names).toContain('LPT1_.txt.md');
    expect(names).toContain('trailing.md');
    expect(names).toContain('evilgpj.exe.md');
    expect(names).toContain('bell---.md');
    expect(names).toContain('after.md');
    for (const name of names) expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
  });

  it('shows escape sequences from a REST error and from file names escaped on stderr', async () => {
    writeFileSync(join(dir, 'error.json'), JSON.stringify({ code: 'rest_\u001b[2Jforbidden', message: 'No \u001b]0;owned\u0007 way\u009b31m', data: { status: 403 } }));
    writeFileSync(join(dir, 'name\u001b[31m.json'), JSON.stringify([post(1, 'x\u001b[1my', 'T\u001b[5mitle')]));
    const r = await cli(['convert', 'error.json', 'name\u001b[31m.json', '--out', 'out']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('rest_\\x1b[2Jforbidden');
    expect(r.stderr).toContain('No \\x1b]0;owned\\x07 way\\x9b31m');
    expect(r.stderr).toContain('✓ name\\x1b[31m.json → out/x-[1my.md');
  });

  it('warns where invalid UTF-8 was read as U+FFFD', async () => {
    const head = Buffer.from('[{"id":1,"slug":"a","title":{"rendered":"ok"},"content":{"rendered":"<p>caf');
    writeFileSync(join(dir, 'latin1.json'), Buffer.concat([head, Buffer.from([0xe9]), Buffer.from(' au lait</p>"}}]')]));
    const r = await cli(['convert', 'latin1.json', '--out', 'out', '-q']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`⚠ latin1.json: invalid UTF-8 at byte ${head.length}, read as U+FFFD\n1 converted, 0 failed\n`);
  });

  it('exits 2 at once for an --out it cannot make (under /proc: no endless mkdir)', async () => {
    if (!existsSync('/proc/self')) return;
    writeFileSync(join(dir, 'posts.json'), JSON.stringify([post(1, 'a')]));
    const r = await cli(['convert', 'posts.json', '--out', '/proc/unpress-x/y'], 30_000);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('unpress: cannot write to --out /proc/unpress-x/y: no such file or directory\n');
  });

  it('runs --jobs 99999 on at most one thread per CPU instead of running out of memory', async () => {
    writeFileSync(join(dir, 'posts.json'), JSON.stringify([post(1, 'a'), post(2, 'b')]));
    const r = await cli(['convert', 'posts.json', '--out', 'out', '-q', '--jobs', '99999']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('2 converted, 0 failed\n');
  });

  it('exits 2 for a missing input, naming it, before converting the others', async () => {
    writeFileSync(join(dir, 'posts.json'), JSON.stringify([post(1, 'a')]));
    const r = await cli(['convert', 'posts.json', 'missing.json', '--out', 'out']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('unpress: cannot read missing.json: no such file or directory\n');
  });
});
