import { chmodSync, existsSync, lstatSync, symlinkSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { runCli } from '../cli/run-cli';
import { moveInto, removeStaleTemps, removeTemps, writeFileAtomic, writeNewFile, writeTemp } from '../../src/sources/write-file-atomic';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = runCli;

const good = (id: number) => ({ id, slug: `post-${id}`, title: { rendered: `Post ${id}` }, content: { rendered: `<p>Body ${id}<script>alert(1)</script></p>` } });
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

describe('unpress convert: counts, files and exit codes', () => {
  it('exits 0 and writes every article when all succeed', async () => {
    const out = join(dir, 'out');
    const r = await run(['convert', file('a.json', [good(1), good(2)]), file('b.json', good(3)), '--out', out, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['post-1.html', 'post-2.html', 'post-3.html']);
    expect(readFileSync(join(out, 'post-1.html'), 'utf8')).toBe('<p>Body 1</p>\n');
    expect(r.stderr).toContain('3 converted, 0 failed');
  });

  it('exits 1, writes what succeeded and lists what failed, with the same counts as parsePosts', async () => {
    const out = join(dir, 'out');
    const batch = file('batch.json', [good(1), { id: 'two' }, good(3), { code: 'rest_forbidden', message: 'No', data: { status: 401 } }]);
    const r = await run(['convert', batch, file('broken.json', '[{"id": 1'), '--out', out]);
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['post-1.md', 'post-3.md']);
    expect(r.stderr).toMatch(/#1\b.*invalid_post/);
    expect(r.stderr).toMatch(/#3\b.*rest_error/);
    expect(r.stderr).toMatch(/broken\.json.*invalid_json/);
    expect(r.stderr).toContain('2 converted, 3 failed');
    // No temporary file is left behind.
    expect(readdirSync(out).filter((f) => f.startsWith('.'))).toEqual([]);
  });

  it('exits 2 for an input path that cannot be read, before converting anything', async () => {
    const out = join(dir, 'out');
    const r = await run(['convert', file('ok.json', good(1)), join(dir, 'missing.json'), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`unpress: cannot read ${join(dir, 'missing.json')}: no such file or directory\n`);
    expect(existsSync(out)).toBe(false);
    const folder = await run(['convert', dir]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toBe(`unpress: cannot read ${dir}: it is a folder\n`);
  });

  it.each([
    ['a path through a file', (d: string) => join(d, 'ok.json', 'x.json'), 'not a directory'],
    ['a symbolic link loop', (d: string) => (symlinkSync(join(d, 'loop.json'), join(d, 'loop.json')), join(d, 'loop.json')), 'too many symbolic links encountered'],
  ])('exits 2 with the reason for %s, not a post failure coded invalid_json', async (_case, path, reason) => {
    file('ok.json', good(1));
    const input = path(dir);
    for (const format of ['md', 'text']) {
      const r = await run(['convert', input, '--format', format]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, '', `unpress: cannot read ${input}: ${reason}\n`]);
    }
  });

  // Root reads every file, so a permission-denied input can only be shown by another user.
  (process.getuid?.() === 0 ? it.skip : it)('exits 2 for a file it may not read', async () => {
    const input = file('secret.json', good(1));
    chmodSync(input, 0o000);
    const r = await run(['convert', input]);
    expect([r.code, r.stderr]).toEqual([2, `unpress: cannot read ${input}: permission denied\n`]);
  });

  it.each([
    [['convert']],
    [['convert', 'x.json', '--format', 'pdf']],
    [['convert', 'x.json', '--no-such-option']],
    [['frobnicate']],
  ])('exits 2 for a usage error: %j', async (argv) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toBe('');
  });

  it('shows an argument with escape sequences escaped in a usage error', async () => {
    const r = await run(['convert', 'x.json', '--\u001b]0;owned\u0007']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("unknown option '--\\x1b]0;owned\\x07'");
    expect(r.stderr).not.toMatch(/[\u001b\u0007]/);
  });

  it('exits 0 for --help and --version', async () => {
    expect((await run(['--help'])).code).toBe(0);
    expect((await run(['--version'])).code).toBe(0);
  });
});

describe('writeFileAtomic', () => {
  it('replaces the file in one step and leaves no temporary file', () => {
    const path = join(dir, 'nested', 'a.md');
    writeFileAtomic(path, 'first');
    writeFileAtomic(path, 'x'.repeat(5_000_000));
    expect(readFileSync(path, 'utf8').length).toBe(5_000_000);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['a.md']);
  });

  it('on failure leaves the old file whole and removes its temporary file', () => {
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep'), 'x');
    expect(() => writeFileAtomic(target, 'new')).toThrow();
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'keep'), 'utf8')).toBe('x');
  });

  it('makes the folder again when it was removed after the first file', () => {
    const path = join(dir, 'gone', 'a.md');
    writeFileAtomic(path, 'one');
    rmSync(join(dir, 'gone'), { recursive: true });
    writeFileAtomic(join(dir, 'gone', 'b.md'), 'two');
    expect(readdirSync(join(dir, 'gone'))).toEqual(['b.md']);
  });

  it('many writes to one name: the file ends as the last one, no temporary file left', () => {
    const path = join(dir, 'race.txt');
    const contents = Array.from({ length: 20 }, (_, i) => String(i).repeat(100_000));
    for (const c of contents) writeFileAtomic(path, c);
    expect(readFileSync(path, 'utf8')).toBe(contents[19]);
    expect(readdirSync(dir)).toEqual(['race.txt']);
  });
});

describe('writeTemp, moveInto and removeTemps (articles written where they are converted)', () => {
  it('writes a hidden temporary file in the folder (made when missing) that moveInto renames into place', () => {
    const out = join(dir, 'made', 'here');
    const tmp = writeTemp(out, 'content');
    expect(tmp.startsWith(join(out, `.unpress.${process.pid}.`))).toBe(true);
    expect(writeTemp(out, 'other')).not.toBe(tmp);
    moveInto(tmp, join(out, 'a.md'));
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('content');
    expect(readdirSync(out).filter((n) => n.endsWith('.tmp'))).toHaveLength(1);
  });

  it('moveInto removes the temporary file when the target cannot be replaced', () => {
    const tmp = writeTemp(dir, 'new');
    mkdirSync(join(dir, 'taken.md'));
    expect(() => moveInto(tmp, join(dir, 'taken.md'))).toThrow();
    expect(readdirSync(dir)).toEqual(['taken.md']);
  });

  it("removeTemps removes this process's temporary files only, and never throws", () => {
    writeTemp(dir, 'a');
    writeTemp(dir, 'b');
    writeFileSync(join(dir, 'post.md'), 'kept');
    const other = `.unpress.${process.pid}0.0.0.tmp`; // another run's, whose pid starts with ours
    writeFileSync(join(dir, other), 'another run');
    writeFileSync(join(dir, `.unpress.${process.pid}.notes`), 'not ours');
    expect(removeTemps(dir)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`.unpress.${process.pid}.notes`, other, 'post.md'].sort());
    expect(removeTemps(join(dir, 'missing'))).toBe(0);
  });

  it('removeStaleTemps removes what killed runs left: a process that is gone, a file older than a minute', () => {
    // Above Linux's largest pid (2^22): no process has it.
    const gone = 4_194_305;
    const old = (name: string) => {
      writeFileSync(join(dir, name), 'x');
      utimesSync(join(dir, name), new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
      return name;
    };
    const stale = old(`.unpress.${gone}.0.3.tmp`);
    const fresh = `.unpress.${gone}.0.4.tmp`; // a run on another machine sharing the folder, maybe
    writeFileSync(join(dir, fresh), 'x');
    const alive = old(`.unpress.${process.ppid}.0.0.tmp`); // the process that started jest: running
    const own = old(`.unpress.${process.pid}.1.0.tmp`); // this run's: removeTemps' job
    const other = old(`.unpress.${gone}.notes`);
    expect(removeStaleTemps(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([alive, fresh, other, own].sort());
    expect(readdirSync(dir)).not.toContain(stale);
    expect(removeStaleTemps(join(dir, 'missing'))).toBe(0);
  });

  it('unpress convert --out removes the temporary files of a killed run before it writes', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const left = join(out, '.unpress.4194305.0.7.tmp');
    writeFileSync(left, 'half an article');
    utimesSync(left, new Date(Date.now() - 120_000), new Date(Date.now() - 120_000));
    writeFileSync(join(dir, 'posts.json'), JSON.stringify([good(1)]));
    expect((await run(['convert', join(dir, 'posts.json'), '--out', out, '-q'])).code).toBe(0);
    expect(readdirSync(out)).toEqual(['post-1.md']);
  });
});

describe('temporary files in a shared --out (symlinks planted by someone else)', () => {
  it.each([[[]], [['--jobs', '2']]])('never writes through a symlink planted under a temporary name of the old, predictable pattern (%j)', async (extra) => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const target = file('victim.txt', 'precious');
    // `.unpress.<pid>.<thread>.<n>.tmp` with a counter from 0: every name the old pattern
    // would have used for this process's first posts, on the main thread and worker threads.
    const planted: string[] = [];
    for (let thread = 0; thread < 8; thread++) {
      for (let n = 0; n < 64; n++) {
        const name = `.unpress.${process.pid}.${thread}.${n}.tmp`;
        symlinkSync(target, join(out, name));
        planted.push(name);
      }
    }
    const r = await run(['convert', file('posts.json', [good(1), good(2), good(3)]), '--out', out, '-q', ...extra]);
    expect(r.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readFileSync(join(out, 'post-2.md'), 'utf8')).toContain('Body 2');
  });

  it('leaves a symlink to outside --out under a post\'s name as it is: that post fails, the others are written', async () => {
    const out = join(dir, 'out');
    mkdirSync(out);
    const target = file('victim.txt', 'precious');
    symlinkSync(target, join(out, 'post-2.md'));
    // A link that stays inside the output folder is replaced like any file.
    writeFileSync(join(out, 'old.md'), 'old');
    symlinkSync(join(out, 'old.md'), join(out, 'post-3.md'));
    const r = await run(['convert', file('posts.json', [good(1), good(2), good(3)]), '--out', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/posts\.json #1 \(id 2\): cannot write .*post-2\.md: a symbolic link to outside the output folder is there; left as it is\n/);
    expect(r.stderr).toContain('2 converted, 1 failed');
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(lstatSync(join(out, 'post-2.md')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(out, 'post-3.md')).isFile()).toBe(true);
    expect(readFileSync(join(out, 'old.md'), 'utf8')).toBe('old');
  });

  it('writeNewFile refuses a name that exists, as a file or as a symlink, and leaves it as it is', () => {
    const target = file('victim.txt', 'precious');
    symlinkSync(target, join(dir, 'link.tmp'));
    expect(() => writeNewFile(join(dir, 'link.tmp'), 'attack')).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(() => writeNewFile(target, 'attack')).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(target, 'utf8')).toBe('precious');
    writeNewFile(join(dir, 'new.tmp'), 'fresh');
    expect(readFileSync(join(dir, 'new.tmp'), 'utf8')).toBe('fresh');
  });

  it('temporary names have a random part: two runs in one process and thread do not repeat them', () => {
    const names = new Set(Array.from({ length: 50 }, () => writeTemp(dir, 'x')));
    expect(names.size).toBe(50);
    for (const name of names) expect(name).toMatch(/\.unpress\.\d+\.\d+\.[0-9a-f]{12}\.tmp$/);
  });
});
