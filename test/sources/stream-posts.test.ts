import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parsePosts, streamPosts, UnpressError, type StreamResult } from '../../src';

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/elementor-seed-therapeutic-alliance/input.json'), 'utf8'));
const posts = [{ ...seed, id: 1, slug: 'one' }, { id: 'not a number' }, { ...seed, id: 3, slug: 'three', content: { rendered: '<p>Short <b>one</b>.</p>' } }];

async function collect(it: AsyncIterable<StreamResult>): Promise<StreamResult[]> {
  const out: StreamResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

// Three posts in, the middle one broken JSON: two articles around one `invalid_json` failure.
function expectMiddleInvalidJson(results: StreamResult[]): void {
  expect(results.map((r) => [r.index, r.ok])).toEqual([
    [0, true],
    [1, false],
    [2, true],
  ]);
  const broken = results[1]!;
  if (!broken.ok) expect(broken.error.code).toBe('invalid_json');
}

describe('streamPosts', () => {
  it('gives the articles and failures parsePosts gives, in input order, from a JSON array stream', async () => {
    const results = await collect(streamPosts(Readable.from([Buffer.from(JSON.stringify(posts))])));
    const batch = parsePosts(posts);
    expect(results.map((r) => r.index)).toEqual([0, 1, 2]);
    expect(results.filter((r) => r.ok).map((r) => (r.ok ? r.article : null))).toEqual(batch.articles);
    const bad = results[1]!;
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error).toBeInstanceOf(UnpressError);
      expect(bad.error.code).toBe(batch.failures[0]!.error.code);
      expect(bad.error.issues[0]!.path[0]).toBe(1);
      expect(bad.id).toBeNull();
    }
  });

  it('reads NDJSON; a broken line is one failure and the stream goes on', async () => {
    const text = `${JSON.stringify(posts[0])}\n{"id": 2, "title": \n${JSON.stringify(posts[2])}\n`;
    const results = await collect(streamPosts(Readable.from([text]), { format: 'ndjson' }));
    expectMiddleInvalidJson(results);
    if (results[2]!.ok) expect(results[2]!.article.slug).toBe('three');
  });

  it('sniffed NDJSON (a stream of values): a broken value or a post without an id is one failure and the stream goes on', async () => {
    const text = `${JSON.stringify(posts[0])}\n{"id": 2, "title": \n${JSON.stringify(posts[2])}\n`;
    expectMiddleInvalidJson(await collect(streamPosts(Readable.from([text]))));
    // Thrown by the reader, a post without an id ended the input and lost the posts after it.
    const noId = `${JSON.stringify(posts[0])}\n${JSON.stringify({ ...seed, id: undefined })}\n${JSON.stringify(posts[2])}\n`;
    const results = await collect(streamPosts(Readable.from([noId])));
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
    const bad = results[1]!;
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'invalid_post', issues: [{ path: [1, 'id'] }] });
  });

  it('in a JSON array, a post that is not valid JSON is one failure and the stream goes on; a broken array throws after the posts before it', async () => {
    const text = `[${JSON.stringify(posts[0])},{"id": 2, "title": tru},${JSON.stringify(posts[2])}]`;
    const results = await collect(streamPosts(Readable.from([text])));
    expectMiddleInvalidJson(results);
    const seen: number[] = [];
    const truncated = async () => {
      for await (const r of streamPosts(Readable.from([text.slice(0, -40)]))) seen.push(r.index);
    };
    await expect(truncated()).rejects.toMatchObject({ code: 'invalid_json', message: expect.stringContaining('truncated') });
    expect(seen).toEqual([0, 1]);
  });

  it('reads a fetch body (a web stream of plain Uint8Arrays) as a JSON array, item by item', async () => {
    // A broken item fails alone only on the array path: this shows the array was recognised.
    const text = `\ufeff [${JSON.stringify(posts[0])},{"id": 2, "title": tru},${JSON.stringify(posts[2])}]`;
    const results = await collect(streamPosts(new Response(text).body!));
    expect(results.map((r) => [r.index, r.ok])).toEqual([
      [0, true],
      [1, false],
      [2, true],
    ]);
  });

  it('stops reading when the loop stops', async () => {
    let pulled = 0;
    async function* lines() {
      for (let i = 0; i < 10_000; i++) {
        pulled++;
        yield `{"id": ${i + 1}, "content": {"rendered": "<p>x</p>"}}\n`;
      }
    }
    for await (const r of streamPosts(lines(), { format: 'ndjson' })) if (r.index === 2) break;
    expect(pulled).toBeLessThan(200);
  });

  it('gives a slow source (a live crawl) each post soon after it arrives, not after 8 of them', async () => {
    let release!: () => void;
    const more = new Promise<void>((r) => (release = r));
    async function* crawl() {
      yield `${JSON.stringify(posts[0])}\n`;
      await more; // the next page has not been fetched yet
      yield `${JSON.stringify(posts[2])}\n`;
    }
    const it = streamPosts(crawl(), { format: 'ndjson' });
    const first = await it.next();
    expect(first.done ? null : [first.value.index, first.value.ok]).toEqual([0, true]);
    release();
    const rest = await collect({ [Symbol.asyncIterator]: () => it });
    expect(rest.map((r) => [r.index, r.ok])).toEqual([[1, true]]);
  });

  it('throws a TypeError for a non-stream input', async () => {
    await expect(collect(streamPosts('[]' as never))).rejects.toBeInstanceOf(TypeError);
  });
});
