import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { formatArticle } from '../../src/cli/format-article';
import { parsePost } from '../../src/parse-post';

jest.setTimeout(60_000);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'unpress-print-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const post = (id: number) => ({ id, slug: `post-${id}`, title: { rendered: `Post&#8217;s ${id}` }, content: { rendered: `<h2>Part ${id}</h2><p>Line one\nline <em>two</em> “${id}”<script>x()</script></p>` } });
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

async function run(argv: string[], stdin?: NodeJS.ReadableStream) {
  const chunks: string[] = [];
  let stderr = '';
  const code = await main(argv, { stdout: (s) => void chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString()), stderr: (s) => void (stderr += s), stdin });
  return { code, stdout: chunks.join(''), chunks, stderr };
}

describe('unpress convert without --out: what it prints', () => {
  it('prints one post as one JSON object, several as one JSON array, across inputs and failures', async () => {
    const one = await run(['convert', file('one.json', post(1)), '--format', 'json']);
    expect(one.stdout).toBe(`${JSON.stringify(parsePost(post(1)), null, 2)}\n`);
    const many = await run(['convert', file('a.json', [post(1), { id: 'x' }, post(2)]), file('b.json', post(3)), '--format', 'json']);
    expect(many.code).toBe(1);
    expect(many.stdout).toBe(`${JSON.stringify([1, 2, 3].map((id) => parsePost(post(id))), null, 2)}\n`);
    expect(JSON.parse(many.stdout).map((a: { id: number }) => a.id)).toEqual([1, 2, 3]);
    expect(many.stderr).toContain('3 converted, 1 failed');
  });

  it('prints the same with --jobs 2', async () => {
    const input = file('a.json', [post(1), post(2), post(3)]);
    for (const format of ['json', 'md']) {
      const one = await run(['convert', input, '--format', format]);
      expect((await run(['convert', input, '--format', format, '--jobs', '2'])).stdout).toBe(one.stdout);
    }
  });

  it('stops at once when the reader of stdout went away (exit 141), and says nothing', async () => {
    let printed = 0;
    const stdout = () => {
      printed++;
      throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    };
    let stderr = '';
    const code = await main(['convert', file('a.json', [post(1), post(2), post(3), post(4)]), '--format', 'md'], { stdout, stderr: (s) => void (stderr += s) });
    expect(code).toBe(141);
    expect(printed).toBe(1);
    expect(stderr).toBe('');
  });

  it('stops before converting anything when --out is not a folder, not blaming the input', async () => {
    const out = file('not-a-folder', 'x');
    const r = await run(['convert', file('a.json', [post(1), post(2)]), file('b.json', post(3)), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^unpress: cannot write to --out .*not-a-folder: not a folder\n$/);
    expect(r.stderr).not.toContain('invalid_json');
  });

  it('prints an empty JSON array when nothing converted', async () => {
    const r = await run(['convert', file('bad.json', [{ id: 'x' }]), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('[]\n');
  });

  const comment = (n: number): string => `\n<!-- post ${n} -->\n\n`;
  const cases: ['md' | 'html' | 'text', string[], (n: number) => string][] = [
    ['md', [], () => '\n'],
    ['md', ['--no-front-matter'], comment],
    ['html', [], comment],
    ['text', [], (n) => `\n=== post ${n} ===\n\n`],
  ];
  it.each(cases)('prints %s %j for each post, one after the other, visibly apart', async (format, extra, separator) => {
    const r = await run(['convert', file('a.json', [post(1), post(2)]), file('b.json', post(3)), '--format', format, ...extra]);
    expect(r.code).toBe(0);
    const frontMatter = extra.length === 0;
    const [a, b, c] = [1, 2, 3].map((id) => formatArticle(parsePost(post(id)), format, { frontMatter }));
    expect(r.stdout).toBe(`${a}${separator(2)}${b}${separator(3)}${c}`);
  });

  it('rejects an unknown --format', async () => {
    const r = await run(['convert', file('a.json', post(1)), '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected one of md, mdx, json, html, text');
  });

  it.each([[[]], [['--jobs', '2']]])('prints each post as it is converted, not all at the end (%j)', async (extra) => {
    const stdin = new PassThrough();
    const chunks: string[] = [];
    const done = main(['convert', '-', '--format', 'json', ...extra], { stdout: (s) => void chunks.push(typeof s === 'string' ? s : Buffer.from(s).toString()), stderr: () => undefined, stdin });
    stdin.write(`${JSON.stringify(post(1))}\n${JSON.stringify(post(2))}\n`);
    // Two posts read: the first is printed (a second one made the output an array) before the input ends.
    for (let waited = 0; !chunks.join('').includes('"id": 1,') && waited < 30_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(chunks.join('')).toContain('"id": 1,');
    stdin.end(`${JSON.stringify(post(3))}\n`);
    expect(await done).toBe(0);
    expect(chunks.join('')).toBe(`${JSON.stringify([1, 2, 3].map((id) => parsePost(post(id))), null, 2)}\n`);
  });
});
