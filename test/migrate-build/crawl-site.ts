import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';

/** What a crawl of a built site found wrong (empty lists: the site holds together). */
export interface CrawlResult {
  pages: number;
  /** `page → reference` for every internal link, image or stylesheet that reaches no file. */
  broken: string[];
  /** `page → reference` for every reference still pointing at the old site. */
  oldHost: string[];
}

/**
 * Crawls a built static site as a server would serve it: every HTML file's `href`, `src` and
 * `srcset` references inside the site must reach a file (`path`, `path/index.html`), and none
 * may point at `oldHost`. Pure file reads: no server, so nothing is masked by a server's
 * fallbacks.
 */
export function crawlSite(root: string, oldHost: string): CrawlResult {
  const result: CrawlResult = { pages: 0, broken: [], oldHost: [] };
  for (const file of htmlFiles(root)) {
    result.pages++;
    const page = `/${relative(root, file).split(sep).join('/')}`;
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    const refs: string[] = [];
    $('[href]').each((_, el) => void refs.push($(el).attr('href')!));
    $('[src]').each((_, el) => void refs.push($(el).attr('src')!));
    $('[srcset]').each((_, el) => void refs.push(...$(el).attr('srcset')!.split(',').map((s) => s.trim().split(/\s+/)[0]!).filter(Boolean)));
    const refresh = $('meta[http-equiv="refresh"]').attr('content');
    if (refresh) refs.push(refresh.replace(/^\s*\d+\s*;\s*url=/i, ''));
    for (const ref of refs) {
      const target = new URL(ref, `http://new.invalid${page}`);
      if (target.host === oldHost) result.oldHost.push(`${page} → ${ref}`);
      else if (target.host === 'new.invalid' && !servedFile(root, target.pathname)) result.broken.push(`${page} → ${ref}`);
    }
  }
  return result;
}

/** The file a static server sends for a URL path, or null. */
export function servedFile(root: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const file = join(root, ...path.split('/'));
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = join(file, 'index.html');
  return existsSync(index) ? index : null;
}

/**
 * Whether a URL path of the old site answers on the new one: a page, or a redirect page
 * (meta refresh) leading to a page.
 */
export function answers(root: string, pathname: string): boolean {
  return resolved(root, pathname) !== null;
}

/** The path a URL path ends at once every redirect page (meta refresh) is followed, or null. */
export function resolved(root: string, pathname: string): string | null {
  for (let hops = 0, path = pathname; hops < 5; hops++) {
    const file = servedFile(root, path);
    if (!file) return null;
    const refresh = file.endsWith('.html') ? cheerio.load(readFileSync(file, 'utf8'))('meta[http-equiv="refresh"]').attr('content') : undefined;
    if (!refresh) return path;
    path = new URL(refresh.replace(/^\s*\d+\s*;\s*url=/i, ''), `http://new.invalid${path}`).pathname;
  }
  return null;
}

/** Every HTML file under `dir`, sorted. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...htmlFiles(path));
    else if (entry.name.endsWith('.html')) out.push(path);
  }
  return out.sort();
}
