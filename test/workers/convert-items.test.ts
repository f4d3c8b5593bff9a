import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { safeParsePost, type Article, type BlockHandler } from '../../src';
import { convertItems, turns, type Rendered } from '../../src/workers/convert-items';

const seed = readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8');

describe('convertItems', () => {
  it('renders the same file content as UTF-8 bytes when asked (what the CLI writes from worker threads)', () => {
    const items = [seed, Buffer.from(seed), '{"id": 2, "title": tru}'];
    const text = convertItems({ start: 5, items, format: 'md' });
    const bytes = convertItems({ start: 5, items, format: 'md', bytes: true });
    expect(bytes.map((o) => [o.index, o.ok])).toEqual([
      [5, true],
      [6, true],
      [7, false],
    ]);
    const output = (o: (typeof bytes)[number]) => (o.ok ? (o.value as Rendered).output : null);
    const asText = (o: (typeof bytes)[number]) => Buffer.from(output(o) as Uint8Array).toString('utf8');
    expect(output(bytes[0]!)).toBeInstanceOf(Uint8Array);
    expect(asText(bytes[0]!)).toBe(output(text[0]!));
    expect(asText(bytes[1]!)).toBe(asText(bytes[0]!));
    expect(asText(bytes[0]!)).toContain('title: ');
  });
});

describe('convertItems with a stage folder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'unpress-stage-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes each rendered article to a temporary file there and returns its path, not its content', () => {
    const items = [seed, '{"id": 2, "title": tru}'];
    const plain = convertItems({ start: 0, items, format: 'md' });
    const staged = convertItems({ start: 0, items, format: 'md', stage: dir });
    expect(staged.map((o) => o.ok)).toEqual([true, false]);
    const r = (staged[0] as { value: Rendered }).value;
    expect(r.output).toBe('');
    expect(r.staged && 'path' in r.staged && readFileSync(r.staged.path, 'utf8')).toBe((plain[0] as { value: Rendered }).value.output);
    expect({ ...r, output: undefined, staged: undefined }).toEqual({ ...(plain[0] as { value: Rendered }).value, output: undefined });
  });

  it('returns a failed write as data, not as the post failing', () => {
    writeFileSync(join(dir, 'file'), 'x');
    const [o] = convertItems({ start: 0, items: [seed], format: 'md', stage: join(dir, 'file', 'out') });
    expect(o!.ok).toBe(true);
    expect((o as { value: Rendered }).value.staged).toEqual({ error: expect.stringMatching(/ENOTDIR|EEXIST/), code: expect.stringMatching(/^(ENOTDIR|EEXIST)$/) });
  });
});

describe('convertItems in turns', () => {
  const post = (id: number, html = `<p>Body of ${id}</p><h2>Part ${id}</h2><p>More</p>`) => ({ id, slug: `p-${id}`, title: { rendered: `Post ${id}` }, content: { rendered: html } });

  it('cuts items into turns of at most 8 posts and at most 512 KB of JSON, a bigger post alone', () => {
    expect(turns(Array.from({ length: 20 }, () => '{}'))).toEqual([
      [0, 8],
      [8, 16],
      [16, 20],
    ]);
    const big = 'x'.repeat(600 * 1024);
    const mid = 'x'.repeat(200 * 1024);
    expect(turns(['{}', big, '{}', mid, mid, mid, '{}'])).toEqual([
      [0, 1],
      [1, 2],
      [2, 5],
      [5, 7],
    ]);
    // A parsed post weighs its content.
    expect(turns([post(1, big), post(2)])).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(turns([])).toEqual([]);
  });

  it('gives every post of a turn the article, warnings and failure it gets alone, in order, whatever stage fails', () => {
    const buggy: BlockHandler = (el) => {
      if (el.attribs['data-boom'] !== undefined) throw new RangeError('handler bug');
      return undefined;
    };
    const options = { blockHandlers: { div: buggy } };
    const items: unknown[] = [
      post(1),
      '{"id": 2, "title": tru}', // invalid JSON: fails while read
      post(3, '<div data-boom>x</div>'), // fails in the body stage, between posts that do not
      { id: 'four' }, // fails validation
      post(5, '<p>One</p><iframe src="javascript:alert(1)"></iframe>'), // warns
      { ...post(6), date: '2024-05-01T12:00:00' }, // warns (no date_gmt)
      post(7),
    ];
    const out = convertItems({ start: 10, items, options });
    expect(out.map((o) => [o.index, o.ok])).toEqual(items.map((_, i) => [10 + i, ![1, 2, 3].includes(i)]));
    items.forEach((item, i) => {
      const alone = safeParsePost(item, options);
      const o = out[i]!;
      if (o.ok) expect(o.value).toEqual(alone.success && alone.data);
      else {
        expect(alone.success).toBe(false);
        if (!alone.success) expect([o.error.code, o.error.message.replace(`[${10 + i}].`, '').replace(`[${10 + i}]`, '')]).toEqual([alone.error.code, alone.error.message]);
      }
    });
    expect(out[2]!.ok || out[2]!.error.message).toBe('Could not convert the post: handler bug');
    expect(out[4]!.ok && (out[4]!.value as Article).warnings.length).toBeGreaterThan(0);
  });

  it('reads string items as JSON texts, unless the task says its items are parsed values', () => {
    const text = JSON.stringify(post(1));
    expect(convertItems({ start: 0, items: [text] })[0]!.ok).toBe(true);
    const parsed = convertItems({ start: 0, items: [text], parsed: true })[0]!;
    expect(parsed.ok || [parsed.error.code, parsed.error.message]).toEqual(['invalid_post', 'Invalid post: expected an object, got string']);
  });
});
