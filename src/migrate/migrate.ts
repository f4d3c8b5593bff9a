import { createReadStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { UnpressError } from '../errors';
import type { ParseOptions } from '../options';
import { renderMarkdown } from '../render/to-markdown';
import type { Article, Warning } from '../schema/article';
import { writeFileInside, writeTemp } from '../sources/write-file-atomic';
import { reasonOf } from '../cli/reason-of';
import { version } from '../version';
import { convertOutcomes } from '../workers/convert-outcomes';
import type { Layout } from './layout';
import { layouts } from './layouts';
import { ManifestWriter, readManifest, sha256, STATE_DIR, type ManifestEntry } from './manifest';
import { migrateWarning } from './migrate-warning';
import { buildLinkIndex, mapArticleUrls, rewriteLinks } from './links';
import { collectMedia, downloadMedia, MediaCatalog, planMediaFiles, type DownloadMediaOptions } from './media';
import { buildRedirects, redirectFormats } from './redirects';
import { buildReport, reportHtml } from './report';
import { planPaths } from './plan-paths';
import type { MigrateSource, SourceFilter } from './read-sources';
import { spoolSources } from './spool';
import type { LayoutName, MediaEntry, MigrateReport, Permalinks, PlannedPath, ReportItem, SiteEntry, SiteTerm } from './schema';
import { SiteIndex } from './site-index';

/** Options of `migrate`. */
export interface MigrateOptions extends Omit<SourceFilter, 'onPage'> {
  /** The output folder (made when missing). */
  out: string;
  /** A built-in layout by name, or your own. */
  layout: LayoutName | Layout;
  /** `keep` (default): old permalink paths; `layout`: the layout's URLs, old ones redirected. */
  permalinks?: Permalinks;
  /** Content files in MDX. Default false. */
  mdx?: boolean;
  /** Download every image and file the content uses, and point the content at the copies. Default false. */
  downloadMedia?: boolean;
  /** Download settings: parallel requests, retries, timeout, User-Agent, allowed hosts, largest file, the fetch to use. */
  media?: Pick<DownloadMediaOptions, 'concurrency' | 'retries' | 'timeoutMs' | 'userAgent' | 'hosts' | 'internalHosts' | 'maxBytes' | 'fetch' | 'backoffMs'>;
  /** Worker threads converting posts (default 1: this thread). */
  jobs?: number;
  /** Skip items whose file is current: same input, same settings, file unchanged since written. */
  resume?: boolean;
  /** The old site's address, when the sources do not say it (REST JSON files). */
  site?: string | null;
  /** Options for converting each post (must be cloneable with `jobs` > 1). */
  parse?: ParseOptions;
  /** Told as the run goes (for a progress bar). */
  onProgress?: (event: MigrateProgress) => void;
  /** Sites: told of each page of the crawl. */
  onPage?: SourceFilter['onPage'];
}

/** Where a run is: reading the sources, converting, downloading media. */
export interface MigrateProgress {
  phase: 'read' | 'convert' | 'media';
  done: number;
  /** Known once the sources are read. */
  total: number | null;
  /** The item just finished, with its outcome (`convert` only). */
  item?: ReportItem;
}

const SPOOL = 'posts.ndjson';

/**
 * Migrates a WordPress site into a static site generator's layout. The sources are read once
 * (a site is crawled once): each raw post is kept in `<out>/.unpress/posts.ndjson` while a light
 * index of the site is built; then every item's path is planned (`planPaths`), each post is
 * converted (on `jobs` worker threads), its links into the old site rewritten to the new paths,
 * its media collected, and its file written atomically with the layout's front matter. Then media
 * are downloaded (when asked), redirect files, the layout's missing scaffold files, `media.json`,
 * `report.json` and `report.html` are written.
 *
 * Deterministic: the same sources and options write the same bytes (no clock times). A run
 * stopped midway leaves every file whole and a manifest of what it wrote; `resume` then skips
 * what is current. A post that fails is reported and never stops the others.
 *
 * @throws {UnpressError} `invalid_output` when `out` is a file or cannot be written
 * @example const report = await migrate(['export.xml'], { out: 'site', layout: 'hugo' });
 */
export async function migrate(sources: MigrateSource | readonly MigrateSource[], options: MigrateOptions): Promise<MigrateReport> {
  const list = sourceList(sources);
  const layout = typeof options.layout === 'string' ? (Object.hasOwn(layouts, options.layout) ? layouts[options.layout] : undefined) : options.layout;
  if (!layout) throw new TypeError(`migrate: unknown layout "${String(options.layout)}"`);
  const permalinks = options.permalinks ?? 'keep';
  const mdx = options.mdx ?? false;
  const out = options.out;
  prepareOut(out);
  const state = join(out, STATE_DIR);

  // Pass 1: read every source once, keep the raw posts, index the site.
  const index = new SiteIndex();
  const read = await spoolSources(list, options, index, join(state, SPOOL), options.resume ?? false);
  const site = options.site?.replace(/\/+$/, '') ?? read.site ?? siteOf(index.entries());

  // Plan, and what every item's file depends on besides its own input.
  const entries = index.entries();
  const planned = planPaths(entries, layout, { permalinks, mdx });
  const plannedById = new Map(planned.map((p) => [p.id, p]));
  const termUrl = layout.termUrl;
  const linkIndex = buildLinkIndex({
    site: [...new Set([site, read.site].filter((s): s is string => s !== null))], entries, planned, terms: index.terms(),
    ...(termUrl ? { termUrl: (t: SiteTerm) => termUrl.call(layout, t.taxonomy, t.slug, t.name) } : {}),
  });
  const previous = options.resume ? readManifest(out) : new Map<number, ManifestEntry>();
  const manifest = new ManifestWriter(out);
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const spooled = join(state, SPOOL);

  // Media: one catalog of the whole site (which file is an original depends on every post that
  // uses one of its sizes). With downloads, every file is planned and fetched before any content
  // file is written, so each is final when written: a first pass fills the catalog.
  const catalog = new MediaCatalog();
  let downloaded: MediaEntry[] | null = null;
  let localOf: ((url: string) => string | null) | null = null;
  // What an item's article depends on besides its raw post: with the same, its media are known.
  const articleSettings = sha256(JSON.stringify({ version, parse: options.parse ?? {} }));
  // An item whose article is known from the manifest gives its media without being converted.
  const knownMedia = (at: number): boolean => {
    const id = read.ids[at];
    const before = id === null || id === undefined ? undefined : previous.get(id);
    if (!before || before.source !== inputHash(read.hashes[at]!, articleSettings)) return false;
    for (const e of before.media) catalog.addEntry(e);
    return true;
  };
  if (options.downloadMedia) {
    let n = 0;
    for await (const o of converted(spooled, read.ids, knownMedia, options)) {
      if (o.ok) catalog.add(o.value);
      if (++n % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const listed = catalog.entries();
    // A file goes with the first item that uses it (the layout may place images and other files apart).
    const firstUse = (e: MediaEntry) => {
      const p = plannedById.get(e.posts[0] ?? NaN);
      return p ? layout.mediaDir(p, { kind: e.kind, url: e.url }) : 'media';
    };
    const placed = planMediaFiles(listed, firstUse);
    downloaded = await downloadMedia(placed, {
      // The site's own hosts may be internal addresses (a site migrated where it runs).
      out, internalHosts: siteHosts(site, read.site), ...options.media,
      onProgress: (done, total) => options.onProgress?.({ phase: 'media', done, total }),
    });
    // downloadMedia keeps the order; its `url` may be another form that answered.
    const byOriginal = new Map<string, MediaEntry>();
    placed.forEach((e, i) => byOriginal.set(e.url, downloaded![i]!));
    localOf = (url) => {
      const e = byOriginal.get(catalog.find(url)?.url ?? '');
      return e && e.local && e.status !== 'failed' ? e.local : null;
    };
  }
  // What every item's file depends on besides its own input: a change of any re-writes them all.
  const settings = sha256(JSON.stringify({
    version, layout: layout.name, permalinks, mdx, parse: options.parse ?? {}, site, planned,
    media: downloaded ? downloaded.map((e) => [e.url, e.status === 'failed' ? null : e.local]) : null,
  }));

  // Pass 2: convert, rewrite, render, write.
  const items: ReportItem[] = [];
  const indexEntries = new Map<number, Record<string, unknown>>();
  const total = read.ids.length;
  const finish = (item: ReportItem) => {
    items.push(item);
    options.onProgress?.({ phase: 'convert', done: items.length, total, item });
  };
  // The manifest's entry of an item whose file is current (same input and settings, file as written), or null.
  const current = (at: number): ManifestEntry | null => {
    const id = read.ids[at];
    const before = id === null || id === undefined ? undefined : previous.get(id);
    const p = before && plannedById.get(before.id);
    if (!before || !p || before.input !== inputHash(read.hashes[at]!, settings) || before.file !== p.file || !fileIs(join(out, p.file), before.output)) return null;
    return before;
  };
  const keep = (before: ManifestEntry) => {
    manifest.record(before);
    if (before.indexEntry) indexEntries.set(before.id, before.indexEntry);
    finish({ ...before.item, outcome: 'unchanged' });
  };
  // A current item is not converted again: its media come from the manifest (with downloads,
  // the catalog has them already).
  const skipped = (at: number): boolean => {
    const before = current(at);
    if (!before) return false;
    keep(before);
    if (!downloaded) for (const e of before.media) catalog.addEntry(e);
    return true;
  };
  for await (const o of converted(spooled, read.ids, skipped, options)) {
    const at = o.index;
    const id = read.ids[at] ?? null;
    const entry = id === null ? undefined : entryById.get(id);
    if (!o.ok) {
      finish(failedItem(id, entry, plannedById.get(id ?? NaN) ?? null, o.error.code, o.error.message));
      continue;
    }
    if (!downloaded) catalog.add(o.value);
    const p = plannedById.get(o.value.id);
    if (!p) finish(failedItem(o.value.id, entry, null, 'no_path', 'The post has no id the site index knows, so it has no planned path'));
    else {
      const { article: linked, dangling } = rewriteLinks(o.value, linkIndex);
      const article = localOf ? mapArticleUrls(linked, (u) => (localOf(u) === null ? null : layout.mediaRef(localOf(u)!, p))) : linked;
      const r = renderMarkdown(article, { ...layout.markdown?.(mdx), frontMatter: (a, body) => layout.frontMatter(a, body, p), mdx });
      const item: ReportItem = {
        id: p.id, type: p.type, title: article.title, editor: article.editor, words: article.stats.words, outcome: 'converted',
        oldUrl: entry?.link ?? article.link, newUrl: p.url, file: p.file, error: null,
        warnings: [...article.warnings, ...r.warnings, ...migrationWarnings(p, dangling)],
      };
      if (written(out, p, r.markdown, item, finish)) {
        const indexEntry = layout.index ? layout.index.entry(article, p) : null;
        if (indexEntry) indexEntries.set(p.id, indexEntry);
        manifest.record({
          id: p.id, source: inputHash(read.hashes[at]!, articleSettings), input: inputHash(read.hashes[at]!, settings),
          file: p.file, output: sha256(r.markdown), item, media: collectMedia([o.value]), indexEntry,
        });
        finish(item);
      }
    }
    // Posts already converted arrive as resolved promises, so this loop can run on microtasks
    // alone and V8's own tasks (finishing a garbage collection) never get a turn: one now and then.
    if (items.length % 16 === 0) await new Promise((resolve) => setImmediate(resolve));
  }

  // A source file that broke off is one failed item of the report (its posts before the break
  // are items of their own).
  for (const f of read.failures) {
    finish({ ...failedItem(null, undefined, null, f.code, `${f.source}: ${f.message}`), title: f.source });
  }

  // After: media list, redirects, scaffold, report.
  const media = downloaded ?? catalog.entries();
  const reported = withMediaWarnings(items, media);
  const redirects = buildRedirects(planned);
  for (const format of Object.values(redirectFormats)) {
    const f = format(redirects);
    writeFileInside(out, join(out, 'redirects', layoutPath(f.file)), f.content);
  }
  const siteInfo = { title: read.title, url: site, language: read.language, redirects };
  for (const [path, content] of sorted(layout.scaffold(siteInfo))) {
    const file = join(out, layoutPath(path));
    if (!existsSync(file)) writeFileInside(out, file, content);
  }
  // Derived from the whole run: rewritten every time.
  for (const [path, content] of sorted(layout.generated?.(siteInfo) ?? {})) writeFileInside(out, join(out, layoutPath(path)), content);
  if (layout.index) {
    const list = [...indexEntries].sort(([a], [b]) => a - b).map(([, e]) => e);
    writeFileInside(out, join(out, layoutPath(layout.index.file)), `${JSON.stringify(list, null, 2)}\n`);
  }
  const report = buildReport({ layout: layout.name, permalinks, site, items: reported, media, redirects });
  writeFileInside(out, join(out, 'media.json'), `${JSON.stringify(media, null, 2)}\n`);
  writeFileInside(out, join(out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileInside(out, join(out, 'report.html'), reportHtml(report));
  manifest.save();
  return report;
}

// A list of sources, or one source: an array of strings and iterables is a list; any other
// array is the posts themselves.
function sourceList(sources: MigrateSource | readonly MigrateSource[]): readonly MigrateSource[] {
  if (typeof sources === 'string' || !Array.isArray(sources)) return [sources as MigrateSource];
  const isSource = (s: unknown) => typeof s === 'string' || (typeof s === 'object' && s !== null && (Symbol.iterator in s || Symbol.asyncIterator in s));
  return sources.length && sources.every(isSource) ? (sources as readonly MigrateSource[]) : [sources as MigrateSource];
}

/**
 * The output folder, made when missing, proven writable by making a file in it: a path that is a
 * file, read-only or not one's own is refused at once, with the reason, before any crawl.
 */
function prepareOut(out: string): void {
  try {
    if (statSync(out, { throwIfNoEntry: false })?.isDirectory() === false) throw new Error('it is a file, not a folder');
    rmSync(writeTemp(join(out, STATE_DIR), ''));
  } catch (e) {
    throw new UnpressError('invalid_output', `cannot write to ${out}: ${reasonOf(e)}`, [{ path: [], message: 'output folder' }]);
  }
}

// Pass 2's engine: the spooled posts, those `skip` does not take, converted in order (on worker
// threads with `jobs` > 1); each outcome's `index` is the post's place in the spool.
async function* converted(path: string, ids: readonly (number | null)[], skip: (at: number) => boolean, options: MigrateOptions) {
  const places: number[] = [];
  async function* lines(): AsyncGenerator<string> {
    let at = 0;
    for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
      const here = at++;
      if (here >= ids.length || !line) continue;
      if (skip(here)) continue;
      places.push(here);
      yield line;
    }
  }
  const jobs = options.jobs ?? 1;
  let n = 0;
  for await (const o of convertOutcomes<Article>(lines(), { workers: jobs > 1 ? jobs : undefined, options: options.parse ?? {} })) {
    yield { ...o, index: places[n++]! };
  }
}

function inputHash(input: string, settings: string): string {
  return sha256(`${input}\n${settings}`);
}

function fileIs(path: string, hash: string): boolean {
  try {
    return sha256(readFileSync(path)) === hash;
  } catch {
    return false;
  }
}

function failedItem(id: number | null, entry: SiteEntry | undefined, p: PlannedPath | null, code: string, message: string): ReportItem {
  return {
    id, type: entry?.type ?? null, title: entry?.title ?? null, editor: null, words: 0, outcome: 'failed',
    oldUrl: entry?.link ?? null, newUrl: p?.url ?? null, file: null, error: { code, message }, warnings: [],
  };
}

// Migration's own warnings for an item: its path renamed, links reaching nothing (the link as
// the warning's path: the report gathers them from there).
function migrationWarnings(p: PlannedPath, dangling: readonly string[]): Warning[] {
  const out: Warning[] = [];
  if (p.renamed) out.push(migrateWarning('path_renamed', `Placed at ${p.url} (${p.renamed})`, p.file));
  for (const href of dangling) out.push(migrateWarning('dangling_link', `A link into the old site reaches nothing migrated: ${href}`, href));
  return out;
}

// The items with a `media_failed` warning for each file they use that failed to download
// (added once every download is done; the manifest keeps items without them).
function withMediaWarnings(items: readonly ReportItem[], media: readonly MediaEntry[]): ReportItem[] {
  const failed = new Map<number, MediaEntry[]>();
  for (const e of media) {
    if (e.status !== 'failed') continue;
    for (const id of e.posts) failed.set(id, [...(failed.get(id) ?? []), e]);
  }
  if (!failed.size) return [...items];
  return items.map((i) => {
    const list = i.id === null ? undefined : failed.get(i.id);
    if (!list || i.outcome === 'failed') return i;
    return { ...i, warnings: [...i.warnings, ...list.map((e) => migrateWarning('media_failed', `Not downloaded (${e.error ?? 'failed'}); the original URL is kept`, e.url))] };
  });
}

// Writes an item's file; a failure of that file alone (its name, its place) fails the item and
// returns false, one of the folder (full, read-only) stops the run: every later file would fail too.
function written(out: string, p: PlannedPath, content: string, item: ReportItem, finish: (item: ReportItem) => void): boolean {
  try {
    writeFileInside(out, join(out, p.file), content);
    return true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOSPC' || err.code === 'EACCES' || err.code === 'EROFS' || err.code === 'EPERM' || err.code === 'EDQUOT') throw e;
    finish({ ...item, outcome: 'failed', file: null, error: { code: 'write_failed', message: `cannot write ${p.file}: ${reasonOf(e)}` } });
    return false;
  }
}

// A path a layout or redirect format names (`.htaccess`, `content/_index.md`), checked, not
// renamed: relative, `/`-separated, no empty, `.` or `..` segment, no backslash or control.
function layoutPath(path: string): string {
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..' || /[\\\u0000-\u001f]/.test(s))) throw new TypeError(`migrate: the layout names a path outside its folder or not portable: ${JSON.stringify(path)}`);
  return path;
}

function sorted(files: Record<string, string>): [string, string][] {
  return Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

// The old site's address when no source said it: the origin most links share.
function siteOf(entries: readonly SiteEntry[]): string | null {
  const counts = new Map<string, number>();
  for (const e of entries) {
    if (!e.link) continue;
    try {
      const origin = new URL(e.link).origin;
      counts.set(origin, (counts.get(origin) ?? 0) + 1);
    } catch {
      // Not a URL: no address from it.
    }
  }
  let best: string | null = null;
  for (const [origin, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && origin < best)) best = origin;
  return best;
}

// The host names of the site's known addresses.
function siteHosts(...urls: (string | null)[]): string[] {
  const hosts: string[] = [];
  for (const u of urls) {
    try {
      if (u) hosts.push(new URL(u).hostname.toLowerCase());
    } catch {
      // Not a URL: no host to allow.
    }
  }
  return hosts;
}
