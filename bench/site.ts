import { performance } from 'node:perf_hooks';
import { loadLibrary } from './library';

/**
 * `--site URL`: a live crawl with `fetchSite` (the built bundle), every content type: time, posts,
 * requests made (the REST index, the type list and every page) and posts a second.
 */
export async function benchSite(url: string): Promise<string> {
  const lib = loadLibrary();
  let requests = 0;
  let posts = 0;
  let pages = 0;
  const counting: typeof fetch = (input, init) => {
    requests++;
    return fetch(input, init);
  };
  const t0 = performance.now();
  for await (const _ of lib.fetchSite(url, { fetch: counting, onPage: () => void pages++ })) posts++;
  const ms = performance.now() - t0;
  return `Live crawl of ${url} (fetchSite defaults: 100 a page, 2 at once, 200 ms apart):\n\n| posts | pages | requests | s | posts/s |\n|---:|---:|---:|---:|---:|\n| ${posts} | ${pages} | ${requests} | ${(ms / 1000).toFixed(2)} | ${((posts / ms) * 1000).toFixed(0)} |\n`;
}
