import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parsePost } from '../../src';
import { fetchSite } from '../../src/sources/site/fetch-site';
import { readWxr } from '../../src/sources/wxr/read-wxr';
import { wptexturize } from '../../src/sources/wxr/wptexturize';
import { sameArticleView } from './same-article';
import { collect as all } from '../support/collect';

// A real WordPress (Debian's package, started by test/wordpress/site/start.sh: .ci/run does it,
// and README says how to run it by hand). Without it these tests are skipped, saying so.
const url = process.env.UNPRESS_WP_URL;
const exportDir = process.env.UNPRESS_WP_EXPORT;
const suite = url && exportDir ? describe : describe.skip;
if (!url || !exportDir) {
  test.skip('real WordPress: not running (start it with `eval "$(test/wordpress/site/start.sh)"`, see README)', () => undefined);
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
      ['%e4%ba%ac%e9%83%bd%e3%81%ae%e9%b3%a5', 'about', 'hello-world', 'latest-notes', 'notes-on-counting', 'our-team', 'reed-beds', 'sample-page', 'site-map', 'spit-walk', 'terns-at-dusk'],
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
        const article = parsePost(wxr.find((p) => p.id === post.id)!);
        const fromWxr = sameArticleView(article);
        // Exports of one type declare no terms: a categories block is made from the terms the
        // posts name (no hierarchy, no empty ones), and says so; everything else is the same.
        if (article.warnings.some((w) => w.code === 'dynamic_block_approximate' && /declares no categories/.test(w.message))) {
          expect(label).toBe('an export split by type and date');
          expect(fromWxr.lists).not.toEqual(fromRest.lists);
          for (const v of [fromWxr, fromRest]) Object.assign(v, { lists: [], words: [] });
        }
        expect({ id: post.id, ...fromWxr }).toEqual({ id: post.id, ...fromRest });
      }
    });
  }
});

suite('a real WordPress: wptexturize as WordPress runs it', () => {
  it('gives what WordPress’s own wptexturize() gives, on 20,000 random strings of quotes, dashes, tags, shortcodes and entities', () => {
    const parts = ["'", '"', '-', '--', '---', '...', '9', '0', '12', 'x', ' ', '\n', 'a', 'word', "n't", '(', ')', '[', ']', '<b>', '</b>', '<pre>', '</pre>', '<code>', '</code>', '[code]', '[/code]', '[caption id="1"]', '[/caption]', '[[gallery]]', '<!-- c -->', '&', '&amp;', '&nbsp;', '\u00a0', '.', ',', '!', '?', ':', '&gt;', '&lt;', '%', "'tis", ' (tm)', '``', "''", 'xn--', '<a href="x\'y">', '</a>', '<', '>', '[foo a="b"]', '{', '}'];
    let seed = 1;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const cases = Array.from({ length: 20000 }, () => Array.from({ length: 1 + Math.floor(random() * 12) }, () => parts[Math.floor(random() * parts.length)]).join(''));
    const site = join(exportDir!, '..', 'site');
    const php = JSON.parse(execFileSync('php', [join(__dirname, 'site', 'texturize.php'), site], { input: JSON.stringify(cases), maxBuffer: 1 << 28 }).toString()) as string[];
    // The site registers core's shortcodes only.
    const core = new Set(['wp_caption', 'caption', 'gallery', 'playlist', 'audio', 'video', 'embed']);
    const differ = cases.filter((c, i) => wptexturize(c, { isShortcode: (n) => core.has(n) }) !== php[i]);
    expect(differ).toEqual([]);
  });
});

const plainUrl = process.env.UNPRESS_WP_PLAIN_URL;
const auth = process.env.UNPRESS_WP_AUTH;

suite('a real WordPress: fetchSite crawls it as its REST API sends it', () => {
  const ids = (posts: Record<string, unknown>[]) => posts.map((p) => `${p.type}:${p.id}`);
  let direct: string[] = [];
  beforeAll(async () => {
    direct = ids((await Promise.all(['posts', 'pages', 'trails'].map((t) => rest(`${t}?_embed&per_page=100`)))).flat());
  });

  it('reads every published post of every content type, page by page (2 a page here)', async () => {
    const pages: string[] = [];
    const got = await all(fetchSite(url!, { perPage: 2, intervalMs: 0, onPage: (p) => pages.push(`${p.type} ${p.page}/${p.pages}`) }));
    expect(ids(got).sort()).toEqual([...direct].sort());
    expect(pages).toEqual(['posts 1/3', 'posts 2/3', 'posts 3/3', 'pages 1/2', 'pages 2/2', 'trails 1/1']);
  });

  it('waits out a host that answers 429 with Retry-After to the first request of each page', async () => {
    const retried: string[] = [];
    const got = await all(fetchSite(url!, { types: ['posts'], perPage: 3, intervalMs: 0, headers: { 'x-unpress-test': `flaky-${process.pid}-${Date.now()}` }, onRetry: (r) => retried.push(`${r.reason} ${r.waitMs}`) }));
    expect(got.length).toBe(6);
    expect(retried.length).toBeGreaterThanOrEqual(2);
    expect(new Set(retried)).toEqual(new Set(['HTTP 429 1000']));
  }, 30_000);

  it('finds the API at ?rest_route= when the server does not route /wp-json/', async () => {
    const got = await all(fetchSite(plainUrl!, { types: ['pages'], intervalMs: 0 }));
    expect(got.map((p) => p.slug).sort()).toEqual(['about', 'our-team', 'sample-page', 'site-map']);
  });

  it('with an application password, reads drafts with their raw content (context=edit)', async () => {
    const got = await all(fetchSite(url!, { types: ['posts'], statuses: ['draft', 'private'], auth: auth!, intervalMs: 0 }));
    expect(got.map((p) => [p.status, (p.title as { raw?: string }).raw]).sort()).toEqual([['draft', 'Winter plans'], ['private', 'Warden contacts']]);
    expect((got[0]!.content as { raw?: string }).raw).toBeTruthy();
  });

  it('names the URLs tried and what they answered when the REST API is off', async () => {
    await expect(all(fetchSite(url!, { intervalMs: 0, retries: 0, headers: { 'x-unpress-test': 'rest-off' } }))).rejects.toThrow(
      `No WordPress REST API at ${url}: tried ${url}/wp-json/ (HTTP 401, rest_cannot_access: Only authenticated users can access the REST API.) and ${url}/?rest_route=/ (HTTP 401, rest_cannot_access: Only authenticated users can access the REST API.)`,
    );
  });

  it('names the URL when nothing answers there', async () => {
    await expect(all(fetchSite('http://127.0.0.1:9', { intervalMs: 0, retries: 0 }))).rejects.toThrow(/^http:\/\/127\.0\.0\.1:9\/wp-json\/: .* \(gave up after 1 attempts\)$/);
  });
});
