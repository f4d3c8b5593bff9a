import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parsePosts, streamPosts, UnpressError } from '../../src';

// Worker threads run the TypeScript source through tsx here (src/workers/worker-tsx.cjs):
// starting them takes a few seconds, so each test keeps to one small pool.
jest.setTimeout(120_000);

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8'));
const posts = Array.from({ length: 23 }, (_, i) =>
  i === 9 ? { id: 'bad', title: 1 } : { ...seed, id: i + 1, slug: `post-${i}`, content: { rendered: seed.content.rendered.slice(0, 2000 + i * 500) } },
);

describe('parsePosts with workers', () => {
  it('returns exactly what the single-threaded call returns, in input order', async () => {
    // A string in a list of values is a string, not a post's JSON text, with threads or without.
    const list = posts.map((p, i) => (i === 17 ? JSON.stringify(p) : p));
    const one = parsePosts(list);
    const many = await parsePosts(list, { workers: 2 });
    expect(JSON.stringify(many.articles)).toBe(JSON.stringify(one.articles));
    // Articles cross back from the threads as JSON text: nothing may be lost on the way (an
    // undefined property, a -0, a class instance would be; toStrictEqual sees each).
    expect(many.articles).toStrictEqual(one.articles);
    expect(many.articles.map((a) => a.id)).toEqual(posts.flatMap((_, i) => (i === 9 || i === 17 ? [] : [i + 1])));
    expect(many.failures.map((f) => [f.index, f.id, f.error.code])).toEqual([
      [9, null, 'invalid_post'],
      [17, null, 'invalid_post'],
    ]);
    expect(many.failures[0]!.error).toBeInstanceOf(UnpressError);
    expect(many.failures.map((f) => f.error.toJSON())).toEqual(one.failures.map((f) => f.error.toJSON()));
  });

  it('cuts JSON text into posts for the threads, with the same result as the single-threaded call', async () => {
    const json = JSON.stringify(posts);
    const many = await parsePosts(Buffer.from(json), { workers: 2 });
    expect(JSON.stringify(many)).toBe(JSON.stringify(parsePosts(json)));
    // One post that is not JSON makes the whole text invalid: the same error as without workers.
    const broken = json.replace('"slug":"post-3"', '"slug":post-3');
    const expected = (() => {
      try {
        parsePosts(broken);
      } catch (e) {
        return (e as UnpressError).toJSON();
      }
      throw new Error('expected invalid JSON');
    })();
    await expect(parsePosts(broken, { workers: 2 })).rejects.toMatchObject({ code: 'invalid_json', message: expected.message });
    await expect(parsePosts(Buffer.from(broken), { workers: 2 })).rejects.toMatchObject({ code: 'invalid_json', message: expected.message });
    // Bytes that are not a flat array of objects (a BOM, merged page arrays) are read whole, as without workers.
    const pages = `\ufeff${JSON.stringify([posts.slice(0, 3), posts.slice(3, 5)])}`;
    expect(JSON.stringify(await parsePosts(Buffer.from(pages), { workers: 2 }))).toBe(JSON.stringify(parsePosts(pages)));
    expect(JSON.stringify(await parsePosts(Buffer.from(`\ufeff${json}`), { workers: 2 }))).toBe(JSON.stringify(parsePosts(json)));
  });

  it('streams on workers with the same results as in this thread', async () => {
    const ndjson = posts.map((p) => JSON.stringify(p)).join('\n');
    const here: unknown[] = [];
    for await (const r of streamPosts(Readable.from([ndjson]), { format: 'ndjson' })) here.push(r.ok ? r.article : { index: r.index, code: r.error.code });
    const there: unknown[] = [];
    for await (const r of streamPosts(Readable.from([ndjson]), { format: 'ndjson', workers: 2 })) there.push(r.ok ? r.article : { index: r.index, code: r.error.code });
    expect(there).toStrictEqual(here);
    expect(here).toHaveLength(23);
  });

  it("converts a post too big for a worker's capped heap in this thread, in its place", async () => {
    // Over 8 MiB of JSON: it skips the workers (a worker would die collecting before giving up).
    const big = { ...seed, id: 99, slug: 'big', content: { rendered: seed.content.rendered.repeat(Math.ceil(9e6 / seed.content.rendered.length)) } };
    const lines = [posts[0], big, posts[1]].map((p) => JSON.stringify(p));
    expect(lines[1]!.length).toBeGreaterThan(8 * 1024 * 1024);
    const here: unknown[] = [];
    for await (const r of streamPosts(Readable.from([lines.join('\n')]), { format: 'ndjson' })) here.push(r.ok ? r.article : r.error.code);
    const there: unknown[] = [];
    for await (const r of streamPosts(Readable.from([lines.join('\n')]), { format: 'ndjson', workers: 1 })) there.push(r.ok ? r.article : r.error.code);
    expect(there.map((a) => (a as { slug: string }).slug)).toEqual(['post-0', 'big', 'post-1']);
    expect(there).toStrictEqual(here);
  });

  it('refuses options that cannot cross to a thread, and a bad thread count', async () => {
    const profile = { name: 'x', detect: () => true, rules: [] };
    await expect(parsePosts(posts, { workers: 2, profiles: [profile] })).rejects.toBeInstanceOf(TypeError);
    await expect(parsePosts(posts, { workers: 0 })).rejects.toBeInstanceOf(TypeError);
  });

  it('throws a whole-input problem before starting any thread', async () => {
    await expect(parsePosts('{"code":"rest_no_route","message":"No route"}', { workers: 2 })).rejects.toMatchObject({ code: 'rest_error' });
  });
});
