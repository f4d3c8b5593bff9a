import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { UnpressError } from '../../errors';
import { httpClient, HttpError, type HttpOptions, type HttpResponse } from './http-get';
import { findRestRoot, type RestRoot } from './rest-root';

/** Options of `fetchSite`. */
export interface FetchSiteOptions extends HttpOptions {
  /** REST bases or type names to read (`posts`, `pages`, `product`…); default every content type the site lists. */
  types?: readonly string[] | null;
  /** Only posts modified after this date (ISO 8601), for incremental runs. */
  since?: string | null;
  /** Statuses to read (default `publish`; others need `auth`). */
  statuses?: readonly string[];
  /** Posts per request (default 100, WordPress's maximum). */
  perPage?: number;
  /** Requests in flight at once (default 2). */
  concurrency?: number;
  /** A folder where every response is kept: a stopped crawl resumes from it without asking again. */
  cacheDir?: string | null;
  /** Told of each page of posts read (from the site or the cache): for progress bars. */
  onPage?: (info: { type: string; page: number; pages: number; posts: number; cached: boolean }) => void;
}

// Types the REST API lists that are not content.
const NOT_CONTENT = new Set(['attachment', 'wp_block', 'wp_template', 'wp_template_part', 'wp_navigation', 'nav_menu_item', 'wp_global_styles', 'wp_font_family', 'wp_font_face']);

/**
 * The posts of a live WordPress site through its REST API (`/wp-json/wp/v2/`, or
 * `?rest_route=` when pretty permalinks are off), as the API sends them with `_embed`: posts,
 * pages and every content type the site lists at `/wp/v2/types`, 100 a request, every page
 * (`X-WP-TotalPages`), a few requests at once, spaced, retried on 429, 5xx and network errors
 * (honouring `Retry-After`). With `auth` (`user:application-password`) posts come with
 * `context=edit` (raw content, drafts with `statuses`). With `cacheDir`, a crawl that stops
 * resumes where it was. Posts come type by type, page by page, in the site's order.
 *
 * @throws {UnpressError} `rest_error` when the site has no REST API, or a page cannot be read
 *   after the retries (naming the URL and the status).
 * @example
 * for await (const post of fetchSite('https://example.org', { types: ['posts'] })) {
 *   console.log(parsePost(post).title);
 * }
 */
export async function* fetchSite(site: string, options: FetchSiteOptions = {}): AsyncGenerator<Record<string, unknown>> {
  if (!/^https?:\/\/[^/]/i.test(site)) throw new TypeError(`unpress: fetchSite expects an http(s) URL, got ${JSON.stringify(site.slice(0, 80))}`);
  const get = cached(asRestErrors(httpClient(options)), options.cacheDir ?? null);
  const root = await findRestRoot(site, get);
  const limit = pLimit(options.concurrency ?? 2);
  for (const base of await restBases(root, get, options.types ?? null)) {
    const query: Record<string, string | number> = { _embed: 1, per_page: options.perPage ?? 100 };
    if (options.auth) query.context = 'edit';
    if (options.statuses?.length) query.status = options.statuses.join(',');
    if (options.since) query.modified_after = options.since;
    const first = await page(root, get, base, query, 1);
    const pages = first.pages;
    options.onPage?.({ type: base, page: 1, pages, posts: first.posts.length, cached: first.cached });
    yield* first.posts;
    // Later pages are asked for together (up to `concurrency`) and given in order.
    const rest = Array.from({ length: Math.max(0, pages - 1) }, (_, i) => limit(() => page(root, get, base, query, i + 2)));
    for (const [i, p] of rest.entries()) {
      const { posts, cached } = await p;
      options.onPage?.({ type: base, page: i + 2, pages, posts: posts.length, cached });
      yield* posts;
    }
  }
}

async function page(root: RestRoot, get: Get, base: string, query: Record<string, string | number>, n: number): Promise<{ posts: Record<string, unknown>[]; pages: number; cached: boolean }> {
  const res = await get(root.url(`/wp/v2/${base}`, { ...query, page: n }));
  if (res.status !== 200) throw restError(res);
  let posts: unknown;
  try {
    posts = JSON.parse(res.body);
  } catch {
    throw new UnpressError('invalid_json', `${res.url}: the answer is not JSON`, [{ path: [], message: 'not JSON' }]);
  }
  if (!Array.isArray(posts)) throw new UnpressError('rest_error', `${res.url}: expected a list of posts`, [{ path: [], message: 'not a list' }]);
  return { posts: posts as Record<string, unknown>[], pages: res.headers.totalPages ?? 1, cached: res.cached === true };
}

type Get = (url: string) => Promise<HttpResponse & { cached?: boolean }>;

async function restBases(root: RestRoot, get: Get, chosen: readonly string[] | null): Promise<string[]> {
  const res = await get(root.url('/wp/v2/types'));
  if (res.status !== 200) {
    if (chosen) return [...chosen];
    throw restError(res);
  }
  const types = JSON.parse(res.body) as Record<string, { slug?: string; rest_base?: string; rest_namespace?: string }>;
  const bases: { slug: string; base: string }[] = [];
  for (const [slug, t] of Object.entries(types)) {
    if (NOT_CONTENT.has(slug) || !t?.rest_base || (t.rest_namespace && t.rest_namespace !== 'wp/v2')) continue;
    bases.push({ slug, base: t.rest_base });
  }
  if (!chosen) return bases.map((b) => b.base);
  return chosen.map((c) => bases.find((b) => b.base === c || b.slug === c)?.base ?? c);
}

function restError(res: HttpResponse): UnpressError {
  let code: string | null = null;
  let message = `HTTP ${res.status}`;
  try {
    const body = JSON.parse(res.body) as { code?: unknown; message?: unknown };
    if (typeof body.code === 'string') code = body.code;
    if (typeof body.message === 'string') message = `${message}: ${body.message}`;
  } catch {
    // Not a REST error body: the status says enough.
  }
  return new UnpressError('rest_error', `${res.url}: ${message}`, [{ path: [], message }], { code, status: res.status });
}

// A request the retries could not save is a whole-input failure, named by its URL and status.
function asRestErrors(get: (url: string) => Promise<HttpResponse>): (url: string) => Promise<HttpResponse> {
  return (url) =>
    get(url).catch((e: unknown) => {
      if (!(e instanceof HttpError)) throw e;
      throw new UnpressError('rest_error', e.message, [{ path: [], message: e.message }], { status: e.status });
    });
}

// Responses kept on disk by URL: a crawl stopped halfway asks only for what it has not read.
// Written under a temporary name and renamed, so a killed run never leaves half a page.
function cached(get: (url: string) => Promise<HttpResponse>, dir: string | null): Get {
  if (!dir) return get;
  let made: Promise<unknown> | null = null;
  return async (url) => {
    const file = join(dir, `${createHash('sha256').update(url).digest('hex').slice(0, 32)}.json`);
    try {
      const kept = JSON.parse(await readFile(file, 'utf8')) as HttpResponse;
      if (kept.url === url && kept.status === 200) return { ...kept, cached: true };
    } catch {
      // Not kept yet.
    }
    const res = await get(url);
    if (res.status === 200) {
      made ??= mkdir(dir, { recursive: true });
      await made;
      const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(temp, JSON.stringify(res), { flag: 'wx' });
      await rename(temp, file);
    }
    return res;
  };
}
