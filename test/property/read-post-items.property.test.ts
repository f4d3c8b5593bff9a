import { Readable } from 'node:stream';
import { readPostItems } from '../../src/sources/read-post-items';
import { readJson } from '../../src/parse/read-json';
import { fc, timeout } from './config';

// Posts as a reader meets them: an id, and any JSON beside it (strings with brackets, quotes,
// line breaks and non-ASCII text, nested objects and arrays).
const post = fc.record({ id: fc.nat(), title: fc.string({ unit: 'binary' }), extra: fc.jsonValue() });

// Every way an export is laid out that `auto` must tell apart.
const layouts = {
  array: (posts: unknown[]) => JSON.stringify(posts),
  'pretty array': (posts: unknown[]) => JSON.stringify(posts, null, 2),
  'pages back to back': (posts: unknown[]) => [JSON.stringify(posts.slice(0, 2)), JSON.stringify(posts.slice(2))].join(''),
  ndjson: (posts: unknown[]) => posts.map((p) => JSON.stringify(p)).join('\n'),
  'ndjson, CRLF and blank lines': (posts: unknown[]) => posts.map((p) => `${JSON.stringify(p)}\r\n\n`).join(''),
  'pretty objects': (posts: unknown[]) => posts.map((p) => JSON.stringify(p, null, 2)).join('\n'),
  'objects back to back': (posts: unknown[]) => posts.map((p) => JSON.stringify(p)).join(''),
  wrapper: (posts: unknown[]) => JSON.stringify({ found: posts.length, posts }),
};

// Cuts the bytes at `cuts`, as a stream's chunks would fall (inside strings, inside characters).
function chunks(text: string, cuts: number[]): Readable {
  const bytes = Buffer.from(text);
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const cut of [...at, bytes.length]) {
    if (cut > from) out.push(bytes.subarray(from, cut));
    from = cut;
  }
  return Readable.from(out);
}

describe('readPostItems (property)', () => {
  it.each(Object.keys(layouts))(
    'reads every post of "%s", in order, however the chunks fall',
    async (layout) => {
      await fc.assert(
        fc.asyncProperty(fc.array(post, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), async (posts, cuts) => {
          // `auto` must not take a wrapper for NDJSON, nor NDJSON for one value: posts come out as
          // their texts or as values, and both must be the posts written.
          const items: unknown[] = [];
          for await (const item of readPostItems(chunks(layouts[layout as keyof typeof layouts](posts), cuts))) items.push(readJson(item));
          expect(items).toEqual(readJson(JSON.parse(JSON.stringify(posts))));
        }),
      );
    },
    timeout,
  );
});
