import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UnpressError } from '../../../src';
import { fetchSite } from '../../../src/sources/site/fetch-site';
import { retryAfterMs } from '../../../src/sources/site/http-get';
import { collect as all } from '../../support/collect';

// A fake site: routes → responses (a function may answer differently each time it is asked).
type Answer = { status?: number; body?: unknown; headers?: Record<string, string> } | Error;
function fakeSite(routes: Record<string, Answer | ((n: number) => Answer)>) {
  const asked: string[] = [];
  const counts = new Map<string, number>();
  const fetchFn = (async (input: string | URL) => {
    const url = String(input);
    asked.push(url);
    const key = url.replace('https://birds.test', '');
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    const route = routes[key];
    const a = typeof route === 'function' ? route(n) : route ?? { status: 404, body: { code: 'rest_no_route', message: 'No route' } };
    if (a instanceof Error) throw a;
    return new Response(typeof a.body === 'string' ? a.body : JSON.stringify(a.body ?? null), { status: a.status ?? 200, headers: a.headers });
  }) as typeof fetch;
  return { fetchFn, asked };
}

const index = { body: { name: 'Birds', home: 'https://birds.test', namespaces: ['oembed/1.0', 'wp/v2'] } };
const types = { body: { post: { slug: 'post', rest_base: 'posts', rest_namespace: 'wp/v2' }, page: { slug: 'page', rest_base: 'pages', rest_namespace: 'wp/v2' }, attachment: { slug: 'attachment', rest_base: 'media' }, wp_block: { slug: 'wp_block', rest_base: 'blocks' } } };
const posts = (ids: number[]) => ids.map((id) => ({ id, title: { rendered: `Post ${id}` } }));
const fast = { intervalMs: 0, retries: 3 };


describe('fetchSite: a live site through its REST API', () => {
  it('reads every content type, every page, in order, with _embed and 100 a page', async () => {
    const { fetchFn, asked } = fakeSite({
      '/wp-json/': index,
      '/wp-json/wp/v2/types': types,
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1': { body: posts([1, 2]), headers: { 'x-wp-totalpages': '3' } },
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=2': { body: posts([3, 4]), headers: { 'x-wp-totalpages': '3' } },
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=3': { body: posts([5]), headers: { 'x-wp-totalpages': '3' } },
      '/wp-json/wp/v2/pages?_embed=1&per_page=100&page=1': { body: posts([9]), headers: { 'x-wp-totalpages': '1' } },
    });
    const got = await all(fetchSite('https://birds.test/', { ...fast, fetch: fetchFn }));
    expect(got.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 9]);
    expect(asked.some((u) => u.includes('/media') || u.includes('/blocks'))).toBe(false);
  });

  it('falls back to ?rest_route= when /wp-json/ is not there', async () => {
    const { fetchFn } = fakeSite({
      '/?rest_route=/': index,
      '/?rest_route=%2Fwp%2Fv2%2Ftypes': types,
      '/?rest_route=%2Fwp%2Fv2%2Fposts&_embed=1&per_page=100&page=1': { body: posts([1]) },
      '/?rest_route=%2Fwp%2Fv2%2Fpages&_embed=1&per_page=100&page=1': { body: [] },
    });
    expect((await all(fetchSite('https://birds.test', { ...fast, fetch: fetchFn }))).map((p) => p.id)).toEqual([1]);
  });

  it('waits out a 429 with Retry-After and retries 5xx and network errors', async () => {
    const retries: string[] = [];
    const { fetchFn } = fakeSite({
      '/wp-json/': (n) => (n === 1 ? new TypeError('fetch failed') : index),
      '/wp-json/wp/v2/types': (n) => (n === 1 ? { status: 503, body: 'busy' } : types),
      '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1': (n) => (n === 1 ? { status: 429, headers: { 'retry-after': '1' }, body: {} } : { body: posts([1]) }),
      '/wp-json/wp/v2/pages?_embed=1&per_page=100&page=1': { body: [] },
    });
    const start = Date.now();
    const got = await all(fetchSite('https://birds.test', { ...fast, fetch: fetchFn, onRetry: (r) => retries.push(`${r.reason} ${r.waitMs}`) }));
    expect(got.map((p) => p.id)).toEqual([1]);
    expect(retries).toEqual(['fetch failed 0', 'HTTP 503 0', 'HTTP 429 1000']);
    expect(Date.now() - start).toBeGreaterThanOrEqual(1000);
  });

  it('gives up with an error naming the URL and the status', async () => {
    const { fetchFn } = fakeSite({ '/wp-json/': index, '/wp-json/wp/v2/types': types, '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1': { status: 500, body: 'down' } });
    const error = await all(fetchSite('https://birds.test', { intervalMs: 0, retries: 1, fetch: fetchFn })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnpressError);
    expect((error as UnpressError).message).toBe('https://birds.test/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1: HTTP 500 (gave up after 2 attempts)');
  });

  it('says when a site has no WordPress REST API, naming what it tried', async () => {
    const { fetchFn } = fakeSite({ '/wp-json/': { status: 404, body: 'Not found' }, '/?rest_route=/': { body: '<html>shop</html>' } });
    await expect(all(fetchSite('https://birds.test', { ...fast, fetch: fetchFn }))).rejects.toThrow(
      'No WordPress REST API at https://birds.test: tried https://birds.test/wp-json/ (HTTP 404) and https://birds.test/?rest_route=/ (HTTP 200, not a WordPress REST index)',
    );
  });

  it('reports a REST error of a page with WordPress’s code', async () => {
    const { fetchFn } = fakeSite({ '/wp-json/': index, '/wp-json/wp/v2/posts?_embed=1&per_page=100&context=edit&status=draft&page=1': { status: 401, body: { code: 'rest_forbidden_context', message: 'Sorry, you are not allowed to edit posts in this post type.' } } });
    const error = (await all(fetchSite('https://birds.test', { ...fast, fetch: fetchFn, types: ['posts'], auth: 'a:b', statuses: ['draft'] })).catch((e: unknown) => e)) as UnpressError;
    expect([error.code, error.restCode, error.status]).toEqual(['rest_error', 'rest_forbidden_context', 401]);
  });

  it('resumes from its cache without asking the site again', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unpress-cache-'));
    try {
      const routes = { '/wp-json/': index, '/wp-json/wp/v2/types': types, '/wp-json/wp/v2/posts?_embed=1&per_page=100&page=1': { body: posts([1]) }, '/wp-json/wp/v2/pages?_embed=1&per_page=100&page=1': { body: [] } };
      const first = fakeSite(routes);
      await all(fetchSite('https://birds.test', { ...fast, fetch: first.fetchFn, cacheDir: dir }));
      const second = fakeSite(routes);
      const pages: boolean[] = [];
      const got = await all(fetchSite('https://birds.test', { ...fast, fetch: second.fetchFn, cacheDir: dir, onPage: (p) => pages.push(p.cached) }));
      expect(got.map((p) => p.id)).toEqual([1]);
      expect(second.asked).toEqual([]);
      expect(pages).toEqual([true, true]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs('Wed, 09 Dec 2026 00:00:10 GMT', Date.parse('Wed, 09 Dec 2026 00:00:00 GMT'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBe(0);
  });
});
