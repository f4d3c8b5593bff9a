import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src';
import { readWxr } from '../../src/sources/wxr/read-wxr';
import { sameArticleView } from './same-article';

// A real WordPress (Debian's package, started by test/wordpress/site/start.sh: .ci/run does it,
// and README says how to run it by hand). Without it these tests are skipped, saying so.
const url = process.env.UNPRESS_WP_URL;
const exportDir = process.env.UNPRESS_WP_EXPORT;
const suite = url && exportDir ? describe : describe.skip;
if (!url || !exportDir) {
  test.skip('real WordPress: not running (start it with `eval "$(test/wordpress/site/start.sh)"`, see README)', () => undefined);
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function rest(path: string): Promise<Record<string, unknown>[]> {
  const res = await fetch(`${url}/wp-json/wp/v2/${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>[];
}

suite('a real WordPress: REST and its WXR export give the same articles', () => {
  let restPosts: Record<string, unknown>[] = [];
  beforeAll(async () => {
    restPosts = (await Promise.all(['posts', 'pages', 'trails'].map((t) => rest(`${t}?_embed&per_page=100`)))).flat();
  });

  it('has what the seed wrote: posts, pages and the custom type', () => {
    expect(restPosts.map((p) => p.slug).sort()).toEqual(
      ['%e4%ba%ac%e9%83%bd%e3%81%ae%e9%b3%a5', 'about', 'hello-world', 'notes-on-counting', 'our-team', 'reed-beds', 'sample-page', 'spit-walk', 'terns-at-dusk'],
    );
  });

  for (const [label, files] of [
    ['one export file', () => [join(exportDir!, 'all.xml')]],
    ['an export split by type and date', () => readdirSync(join(exportDir!, 'split')).sort().map((f) => join(exportDir!, 'split', f))],
  ] as const) {
    it(`reads the same posts from ${label}, each the same article as from REST`, async () => {
      const wxr = await all(readWxr(files()));
      expect(wxr.map((p) => p.id).sort()).toEqual(restPosts.map((p) => p.id).sort());
      for (const post of restPosts) {
        const fromRest = sameArticleView(parsePost(post));
        const fromWxr = sameArticleView(parsePost(wxr.find((p) => p.id === post.id)!));
        expect({ id: post.id, ...fromWxr }).toEqual({ id: post.id, ...fromRest });
      }
    });
  }
});
