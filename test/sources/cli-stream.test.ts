import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';

jest.setTimeout(120_000);

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8'));
const posts = Array.from({ length: 6 }, (_, i) => ({ ...seed, id: i + 1, slug: `post-${i}` }));

// Each test's folder, removed after it.
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'unpress-cli-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  let stderr = '';
  const code = await main(args, { stdout: () => undefined, stderr: (s) => void (stderr += s) });
  return { code, stderr };
}

describe('unpress convert: NDJSON and --jobs', () => {
  it('converts an .ndjson file post by post, a broken line reported with its index', async () => {
    const dir = tempDir();
    const lines = posts.map((p) => JSON.stringify(p));
    lines.splice(2, 0, '{"id": 99, "title":');
    writeFileSync(join(dir, 'posts.ndjson'), `${lines.join('\n')}\n`);
    const { code, stderr } = await run(['convert', join(dir, 'posts.ndjson'), '--out', join(dir, 'out'), '-q']);
    expect(code).toBe(1);
    expect(stderr).toContain('posts.ndjson #2: invalid_json');
    expect(stderr).toContain('6 converted, 1 failed');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(posts.map((p) => `${p.slug}.md`).sort());
  });

  it('writes the same files with --jobs 2 as with one thread', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts));
    await run(['convert', join(dir, 'posts.json'), '--out', join(dir, 'one'), '-q']);
    const { code } = await run(['convert', join(dir, 'posts.json'), '--out', join(dir, 'two'), '-q', '--jobs', '2']);
    expect(code).toBe(0);
    const files = readdirSync(join(dir, 'one')).sort();
    expect(readdirSync(join(dir, 'two')).sort()).toEqual(files);
    for (const f of files) expect(readFileSync(join(dir, 'two', f), 'utf8')).toBe(readFileSync(join(dir, 'one', f), 'utf8'));
  });

  it.each([[[]], [['--jobs', '2']]])('reads NDJSON on stdin line by line: a broken line or a post without an id fails alone (%j)', async (extra) => {
    const dir = tempDir();
    const stdin = new PassThrough();
    let stderr = '';
    const done = main(['convert', '-', '--out', join(dir, 'out'), '-q', ...extra], { stdout: () => undefined, stderr: (s) => void (stderr += s), stdin });
    stdin.end([JSON.stringify(posts[0]), '{"id": 9, "title":', JSON.stringify({ ...posts[1], id: undefined }), JSON.stringify(posts[2]), ''].join('\n'));
    expect(await done).toBe(1);
    expect(stderr).toContain('- #1: invalid_json');
    expect(stderr).toContain('- #2: invalid_post');
    expect(stderr).toContain('2 converted, 2 failed');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([`${posts[0]!.slug}.md`, `${posts[2]!.slug}.md`]);
  });

  it.each([[[]], [['--jobs', '2']]])('writes a post read from a slow stdin before the next one comes (%j)', async (extra) => {
    const dir = tempDir();
    const stdin = new PassThrough();
    let stderr = '';
    const done = main(['convert', '-', '--out', join(dir, 'out'), '-q', ...extra], { stdout: () => undefined, stderr: (s) => void (stderr += s), stdin });
    stdin.write(`${JSON.stringify(posts[0])}\n`);
    // A live crawl: the next post comes only once the first one's file is there.
    const first = join(dir, 'out', `${posts[0]!.slug}.md`);
    for (let waited = 0; !existsSync(first) && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(existsSync(first)).toBe(true);
    stdin.end(`${JSON.stringify(posts[1])}\n`);
    expect(await done).toBe(0);
    expect(stderr).toContain('2 converted, 0 failed');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual([`${posts[0]!.slug}.md`, `${posts[1]!.slug}.md`]);
  });

  it.each([[[]], [['--jobs', '2']]])('fails the post whose file cannot be made, writes the others and leaves no temporary file behind (%j)', async (extra) => {
    // A folder already has the name of post 2: that post fails alone, the run goes on, and no
    // article stays behind under a temporary name.
    const dir = tempDir();
    writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts));
    mkdirSync(join(dir, 'out', 'post-2.md'), { recursive: true });
    const { code, stderr } = await run(['convert', join(dir, 'posts.json'), '--out', join(dir, 'out'), '-q', ...extra]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/posts\.json #2 \(id 3\): cannot write .*post-2\.md: illegal operation on a directory\n/);
    expect(stderr).toContain('5 converted, 1 failed');
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(posts.map((p) => `${p.slug}.md`).sort());
    expect(readFileSync(join(dir, 'out', 'post-3.md'), 'utf8')).toContain('slug: post-3\n');
  });

  it('rejects a --jobs that is not a positive whole number', async () => {
    expect((await run(['convert', 'x.json', '--jobs', '0'])).code).toBe(2);
  });
});
