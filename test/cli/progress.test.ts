import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { main } from '../../src/cli/main';
import { progressBar } from '../../src/cli/progress';

// A terminal as cli-progress sees one: a stream that says it is a TTY; what is drawn is kept.
function terminal(): Writable & { text: () => string } {
  let out = '';
  const stream = new Writable({
    write(chunk, _encoding, done) {
      out += String(chunk);
      done();
    },
  });
  return Object.assign(stream, { isTTY: true, columns: 160, text: () => out });
}

// What a terminal shows at the end: each redraw starts at the line's beginning, escapes left out.
const screen = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '\n').split(/[\r\n]+/).filter((l) => l.trim());

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-progress-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const post = (id: number) => JSON.stringify({ id, slug: `post-${id}`, title: { rendered: `Post ${id}` }, content: { rendered: `<p>Body ${id}</p>` } });

describe('progressBar', () => {
  it('draws the bytes read of the total, the posts, the failures printed above it, and ends its line', () => {
    const tty = terminal();
    const p = progressBar(tty, 2_000_000);
    p.read(1_000_000);
    p.post(true);
    p.log('✗ x.json #1: invalid_json: broken\n');
    p.post(false);
    p.read(1_000_000);
    p.stop();
    const lines = screen(tty.text());
    expect(lines).toContain('✗ x.json #1: invalid_json: broken');
    expect(lines[lines.length - 1]).toMatch(/^ =+ 100% \| 2 MB of 2 MB \| 1 converted, 1 failed, [\d,]+ posts\/s \| ETA 0s$/);
    expect(tty.text().endsWith('\n')).toBe(true);
  });

  it('without a size (stdin), shows the posts and the time', () => {
    const tty = terminal();
    const p = progressBar(tty, null);
    p.post(true);
    p.stop();
    expect(screen(tty.text()).pop()).toMatch(/^ 1 converted, 0 failed, [\d,]+ posts\/s \| \d+s$/);
  });
});

describe('unpress convert --progress', () => {
  beforeEach(() => writeFileSync(join(dir, 'posts.ndjson'), [post(1), '{"id": 2, "title":', post(3), ''].join('\n')));

  it('on a terminal: a bar instead of a line per post, failures above it, the summary after it', async () => {
    const tty = terminal();
    let stderr = '';
    const code = await main(['convert', join(dir, 'posts.ndjson'), '--out', join(dir, 'out'), '--progress'], { stdout: () => undefined, stderr: (s) => void (stderr += s), terminal: tty });
    expect(code).toBe(1);
    expect(stderr).toBe('2 converted, 1 failed\n');
    const lines = screen(tty.text());
    expect(lines.some((l) => l.includes('posts.ndjson #1: invalid_json'))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/ 100% \| 1 KB of 1 KB \| 2 converted, 1 failed, /);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['post-1.md', 'post-3.md']);
  });

  it('without a terminal (a pipe, a file): a line per post, as without the option', async () => {
    let stderr = '';
    await main(['convert', join(dir, 'posts.ndjson'), '--out', join(dir, 'out'), '--progress'], { stdout: () => undefined, stderr: (s) => void (stderr += s) });
    expect(stderr).toMatch(/✓ .*posts\.ndjson → .*post-1\.md/);
    expect(stderr).toContain('posts.ndjson #1: invalid_json');
  });
});
