import { Readable } from 'node:stream';
import { readPostItems } from '../../src/sources/read-post-items';
import { UnpressError } from '../../src/errors';
import { readJson } from '../../src/parse/read-json';

// Cuts text into chunks of `size` bytes, so values straddle chunk boundaries (and multi-byte characters split).
function chunked(text: string, size = 7): Readable {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  return Readable.from(chunks);
}

async function collect(it: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const v of it) out.push(v);
  return out;
}

const utf8 = (item: unknown) => Buffer.from(item as Uint8Array).toString('utf8');

// Items come as JSON texts (array items, NDJSON lines) or values (streamed objects): compare values.
async function values(it: AsyncIterable<unknown>): Promise<unknown[]> {
  return (await collect(it)).map((v) => readJson(v));
}

describe('readPostItems', () => {
  it('yields the items of a JSON array one by one as their JSON texts, across chunk boundaries', async () => {
    const posts = [{ id: 1, title: 'Ñandú “quoted” 🦜 \\"}]' }, { id: 2 }, { id: 3, nested: { a: [1, 2] } }];
    for (const size of [1, 3, 64]) expect((await collect(readPostItems(chunked(JSON.stringify(posts), size)))).map(utf8)).toEqual(posts.map((p) => JSON.stringify(p)));
  });

  it('reads arrays one after another as one list: the pages of a paginated export, concatenated', async () => {
    // `for p in 1 2; do curl -s "$SITE/wp-json/wp/v2/posts?page=$p"; done | unpress convert -`
    for (const size of [1, 4, 64]) expect(await values(readPostItems(chunked('[{"id":1},{"id":2}][{"id":3}]\n[{"id":4}]', size)))).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }, { id: 4 }]);
  });

  it('flattens nested page arrays, as parsePosts does', async () => {
    expect(await values(readPostItems(chunked('[[{"id":1},{"id":2}],[{"id":3}]]')))).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it('reads NDJSON as one JSON text per line (blank lines and CRLF ignored)', async () => {
    const text = '{"id":1}\r\n\n{"id":2,"t":"é"}\n  \n{"id":3}';
    for (const size of [1, 2, 9]) expect((await collect(readPostItems(chunked(text, size), 'ndjson'))).map(utf8)).toEqual(['{"id":1}', '{"id":2,"t":"é"}', '{"id":3}']);
  });

  it('sniffs a stream of values (NDJSON without the extension, pretty-printed or concatenated objects, one post, a wrapper)', async () => {
    // A post comes as its JSON text (parsed where it is converted), a wrapper's posts as values.
    expect((await collect(readPostItems(chunked('{"id":1}\n{"id":2}\n')))).map(utf8)).toEqual(['{"id":1}', '{"id":2}']);
    expect((await collect(readPostItems(chunked('{\n  "id": 1\n}\n{\n  "id": 2,\n  "t": "}{"\n}{"id":3}', 3)))).map(utf8)).toEqual([
      '{\n  "id": 1\n}',
      '{\n  "id": 2,\n  "t": "}{"\n}',
      '{"id":3}',
    ]);
    expect(await values(readPostItems(chunked('\ufeff  {"id": 7}')))).toEqual([{ id: 7 }]);
    expect(await collect(readPostItems(chunked('{"posts":[{"id":1},{"id":2}]}')))).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await values(readPostItems(chunked('{"id":1} [{"id":2},[{"id":3}]]')))).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it('yields a value that is not valid JSON as its text, to fail alone, and goes on', async () => {
    const items = await collect(readPostItems(chunked('{"id":1}\n{"id": tru}\n{"id":3}\n')));
    expect(items.map(utf8)).toEqual(['{"id":1}', '{"id": tru}', '{"id":3}']);
    expect(() => readJson(items[1])).toThrow(UnpressError);
  });

  it('raises invalid_json when a stream of pretty-printed values breaks off, after the posts before it', async () => {
    const seen: unknown[] = [];
    const broken = async () => {
      for await (const v of readPostItems(chunked('{\n "id": 1\n}\n{"id":2}\n{"id":3,"t":"ab'))) seen.push(v);
    };
    await expect(broken()).rejects.toMatchObject({ code: 'invalid_json', message: 'The input ends inside a JSON value, after 2 values (truncated?)' });
    expect(seen.map(utf8)).toEqual(['{\n "id": 1\n}', '{"id":2}']);
  });

  it('tells NDJSON by its first line, and cuts it at line breaks: a broken line is one item, not the rest of the input', async () => {
    const text = '{"id":1}\n{"id":2,"t":\n{"id":3}\n{"id":4,"t":"ab';
    for (const size of [1, 5, 64]) expect((await collect(readPostItems(chunked(text, size)))).map(utf8)).toEqual(['{"id":1}', '{"id":2,"t":', '{"id":3}', '{"id":4,"t":"ab']);
    // Lines are read as values: a wrapper on a line gives its posts.
    expect(await values(readPostItems(chunked('{"id":1}\r\n\n{"posts":[{"id":2},{"id":3}]}\n')))).toEqual([{ id: 1 }, { id: 2 }, { id: 3 }]);
  });

  it('yields a value that holds no post (no id, a number) as its text, to fail alone, and goes on', async () => {
    expect((await collect(readPostItems(chunked('{"id":1}\n{"title":"no id"}\n42\n{"id":4}')))).map(utf8)).toEqual(['{"id":1}', '{"title":"no id"}', '42', '{"id":4}']);
  });

  it('skips a UTF-8 byte-order mark before an array', async () => {
    expect(await values(readPostItems(Readable.from([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('[{"id":1}]')])))).toEqual([{ id: 1 }]);
  });

  it('raises invalid_json for empty input and for JSON that breaks off, after the posts before it', async () => {
    await expect(collect(readPostItems(chunked('   ')))).rejects.toMatchObject({ code: 'invalid_json' });
    const seen: unknown[] = [];
    const broken = async () => {
      for await (const v of readPostItems(chunked('[{"id":1},{"id":2},{"id":'))) seen.push(v);
    };
    await expect(broken()).rejects.toBeInstanceOf(UnpressError);
    expect(seen.map(utf8)).toEqual(['{"id":1}', '{"id":2}']);
  });

  it('raises the REST error of an error body', async () => {
    await expect(collect(readPostItems(chunked('{"code":"rest_forbidden","message":"Sorry","data":{"status":401}}')))).rejects.toMatchObject({
      code: 'rest_error',
    });
  });
});
