import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main';
import { runCli } from '../cli/run-cli';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-migrate-cli-'));
});
afterEach(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

const post = (id: number, content: unknown = { rendered: `<p>Post ${id}</p>` }) =>
  JSON.stringify({ id, type: 'post', status: 'publish', slug: `p${id}`, link: `https://ex.org/p${id}/`, title: { rendered: `P${id}` }, content });

describe('unpress migrate: exit codes', () => {
  it('0 when every item is written, with the totals and the report on stderr', async () => {
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${post(1)}\n${post(2)}\n`);
    const r = await runCli(['migrate', input, '--out', join(dir, 'out'), '--layout', 'plain']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 converted, 0 unchanged, 0 failed');
    expect(r.stderr).toContain('report.html');
    expect(existsSync(join(dir, 'out', 'p1.md'))).toBe(true);
  });

  it('1 when an item failed (the others are still written)', async () => {
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${post(1)}\n${post(2, 7)}\n`);
    const r = await runCli(['migrate', input, '--out', join(dir, 'out'), '--layout', 'plain']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('✗ https://ex.org/p2/: invalid_post');
    expect(existsSync(join(dir, 'out', 'p1.md'))).toBe(true);
  });

  it('2, with the reason, for an --out that is a file or cannot be written, before reading anything', async () => {
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${post(1)}\n`);
    const file = join(dir, 'file');
    writeFileSync(file, '');
    const asFile = await runCli(['migrate', input, '--out', file, '--layout', 'plain']);
    expect(asFile.code).toBe(2);
    expect(asFile.stderr).toMatch(/cannot write to --out .*file: not a folder/);
    if (process.getuid?.() !== 0) {
      const locked = join(dir, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o555);
      const r = await runCli(['migrate', input, '--out', join(locked, 'site'), '--layout', 'plain']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('permission denied');
    }
  });

  it('2 for a missing input, an unknown layout or permalinks mode, or no --out', async () => {
    const out = join(dir, 'out');
    expect((await runCli(['migrate', join(dir, 'nope.xml'), '--out', out, '--layout', 'plain'])).code).toBe(2);
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${post(1)}\n`);
    const layout = await runCli(['migrate', input, '--out', out, '--layout', 'wix']);
    expect(layout.code).toBe(2);
    expect(layout.stderr).toContain('expected one of hugo, astro, eleventy, jekyll, plain');
    expect((await runCli(['migrate', input, '--out', out, '--layout', 'plain', '--permalinks', 'old'])).code).toBe(2);
    expect((await runCli(['migrate', input, '--layout', 'plain'])).code).toBe(2);
  });

  it('--progress draws bars on a terminal (reading, converting) and still ends with the totals', async () => {
    const input = join(dir, 'in.ndjson');
    writeFileSync(input, `${post(1)}\n${post(2, 7)}\n`);
    // A terminal as cli-progress sees one.
    const terminal = Object.assign(new PassThrough(), { isTTY: true, columns: 160 });
    let drawn = '';
    terminal.on('data', (c: Buffer) => void (drawn += c.toString()));
    let stderr = '';
    const code = await main(['migrate', input, '--out', join(dir, 'out'), '--layout', 'plain', '--progress'], { stdout: () => undefined, stderr: (s) => void (stderr += s), terminal });
    expect(code).toBe(1);
    expect(drawn).toContain('convert');
    expect(drawn).toContain('2/2');
    // The failure is printed above the bars, the totals after them.
    expect(drawn).toContain('✗ https://ex.org/p2/');
    expect(stderr).toContain('1 converted, 0 unchanged, 1 failed');
  });
});
