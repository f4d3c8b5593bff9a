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

  // Each layout in a `.json` file is read as the same bytes on stdin are: post by post.
  const p = (i: number) => JSON.stringify(posts[i]);
  it.each([
    ['arrays back to back (a curl loop saved to a file)', `[${p(0)},${p(1)}][${p(2)}]\n[${p(3)}]`, [0, 1, 2, 3], []],
    ['pretty-printed objects one after another', `${JSON.stringify(posts[0], null, 2)}\n${JSON.stringify(posts[1], null, 2)}\n`, [0, 1], []],
    ['NDJSON in a .json file, one line broken', `${p(0)}\n{"id": 9, "title":\n${p(1)}\n`, [0, 1], ['#1: invalid_json']],
    ['a truncated array', `[${p(0)},${p(1)},${p(2).slice(0, 500)}`, [0, 1], ['invalid_json: The input ends inside the JSON array, after 2 items']],
    ['an array with items that are not objects', `[1,"text",${p(0)},null,true]`, [0], ['#0: invalid_post: Invalid post: expected an object, got number', '#1: invalid_post: Invalid post: expected an object, got string', '#3: invalid_post: Invalid post: expected an object, got null', '#4: invalid_post: Invalid post: expected an object, got boolean']],
  ])('reads a .json file of %s post by post, as stdin', async (_, text, written, failures) => {
    const dir = tempDir();
    writeFileSync(join(dir, 'in.json'), text);
    const fromFile = await run(['convert', join(dir, 'in.json'), '--out', join(dir, 'file'), '-q']);
    const stdin = new PassThrough();
    let stdinErr = '';
    const done = main(['convert', '-', '--out', join(dir, 'stdin'), '-q'], { stdout: () => undefined, stderr: (s) => void (stdinErr += s), stdin });
    stdin.end(text);
    const fromStdin = await done;
    const names = written.map((i) => `${posts[i]!.slug}.md`).sort();
    expect(readdirSync(join(dir, 'file')).sort()).toEqual(names);
    expect(readdirSync(join(dir, 'stdin')).sort()).toEqual(names);
    for (const f of failures) {
      expect(fromFile.stderr).toContain(`in.json ${f}`.replace('in.json invalid', 'in.json: invalid'));
      expect(stdinErr).toContain(`- ${f}`.replace('- invalid', '-: invalid'));
    }
    expect(fromFile.stderr).toContain(`${written.length} converted, ${failures.length} failed`);
    expect(fromFile.code).toBe(fromStdin);
    expect(fromFile.stderr.replaceAll(join(dir, 'in.json'), '-')).toBe(stdinErr);
  });

  it('rejects a --jobs that is not a positive whole number', async () => {
    expect((await run(['convert', 'x.json', '--jobs', '0'])).code).toBe(2);
  });
});
