import { UnpressError } from '../errors';
import { createReadStream } from 'node:fs';
import { inputFormatOf, isExportFile, isUrl } from '../cli/input-sources';
import { readPostItems } from '../sources/read-post-items';
import { fetchSite } from '../sources/site/fetch-site';
import { readWxr } from '../sources/wxr/read-wxr';

/** What `migrate` reads: a path (REST JSON, NDJSON, a WordPress export), a site URL, or posts already in memory. */
export type MigrateSource = string | AsyncIterable<unknown> | Iterable<unknown>;

/** What a source tells of the old site. */
export interface SiteInfo {
  url: string | null;
  title: string | null;
  language: string | null;
}

/** Which posts are read, and how a site is asked. */
export interface SourceFilter {
  /** Post statuses (default `publish`). */
  statuses?: string[] | null;
  /** Post types or REST bases (default every content type). */
  types?: string[] | null;
  /** Only posts modified (or, without a modified date, published) on or after this date. */
  since?: string | null;
  /** Sites: an application password (`user:password`). */
  auth?: string | null;
  /** Sites: keep every response here (a stopped crawl resumes without asking again). */
  cache?: string | null;
  /** Sites: told of each page of the crawl. */
  onPage?: (source: string, page: { type: string; page: number; pages: number; cached?: boolean }) => void;
}

/**
 * Every raw post of the sources, in order, as `convert` reads them: a URL is crawled
 * (`fetchSite`), all `.xml` paths together are one export (`readWxr`), every other path is REST
 * JSON or NDJSON (`readPostItems`), an iterable gives its items. Items come as values or as one
 * post's JSON text (NDJSON lines). `onSite` is told the old site's address when an export or a
 * crawled URL gives it.
 *
 * REST JSON carries no filter of its own, so statuses and types apply to it only when asked;
 * `since` applies to every source. A JSON file that cannot be read on (invalid JSON, a REST
 * error answer saved as a file) gives the posts before the break, then goes to `onFailure` and
 * the next source is read: one bad file never loses the others. Without `onFailure` it throws.
 */
export async function* readSources(
  sources: readonly MigrateSource[],
  filter: SourceFilter,
  onSite: (site: SiteInfo) => void,
  onFailure?: (source: string, error: UnpressError) => void,
): AsyncGenerator<unknown> {
  const statuses = filter.statuses ?? ['publish'];
  const wxrFilter = { statuses, types: filter.types ?? null };
  const exportFiles = sources.filter((s): s is string => typeof s === 'string' && isExportFile(s));
  const since = filter.since ? Date.parse(filter.since) : null;
  for (const source of sources) {
    if (typeof source !== 'string') {
      yield* kept(source, filter, since);
    } else if (isUrl(source)) {
      onSite({ url: source.replace(/\/+$/, ''), title: null, language: null });
      yield* fetchSite(source, {
        types: filter.types ?? null, statuses, since: filter.since ?? null, auth: filter.auth ?? null, cacheDir: filter.cache ?? null,
        onPage: filter.onPage ? (p) => filter.onPage!(source, p) : undefined,
      });
    } else if (isExportFile(source)) {
      if (source !== exportFiles[0]) continue;
      const posts = readWxr(exportFiles, { ...wxrFilter, onSite: (info) => {
        const url = info.baseBlogUrl ?? info.link;
        onSite({ url: url ? url.replace(/\/+$/, '') : null, title: info.title, language: info.language });
      } });
      yield* kept(posts, { since: filter.since }, since);
    } else {
      try {
        yield* kept(readPostItems(createReadStream(source), inputFormatOf(source), wxrFilter), filter, since);
      } catch (e) {
        if (!onFailure || !(e instanceof UnpressError)) throw e;
        onFailure(source, e);
      }
    }
  }
}

// The items of a source that pass the asked statuses, types and date. Items that are not
// objects (JSON text) are read just enough to tell; one that does not read is kept, to fail
// where it is converted and be reported.
async function* kept(items: AsyncIterable<unknown> | Iterable<unknown>, filter: SourceFilter, since: number | null): AsyncGenerator<unknown> {
  const statuses = filter.statuses ? new Set(filter.statuses) : null;
  const types = filter.types ? new Set(filter.types) : null;
  for await (const item of items) {
    if (!statuses && !types && since === null) {
      yield item;
      continue;
    }
    const post = valueOf(item);
    if (post && typeof post === 'object') {
      const p = post as Record<string, unknown>;
      if (statuses && typeof p.status === 'string' && !statuses.has(p.status)) continue;
      if (types && typeof p.type === 'string' && !types.has(p.type)) continue;
      const when = typeof p.modified_gmt === 'string' ? `${p.modified_gmt}Z` : typeof p.modified === 'string' ? p.modified : typeof p.date === 'string' ? p.date : null;
      if (since !== null && when !== null && Date.parse(when) < since) continue;
    }
    yield item;
  }
}

/** A raw post as a value: JSON text (a string or UTF-8 bytes) parsed, a value as it is; undefined when it does not parse. */
export function valueOf(item: unknown): unknown {
  if (typeof item !== 'string' && !(item instanceof Uint8Array)) return item;
  try {
    return JSON.parse(typeof item === 'string' ? item : Buffer.from(item.buffer, item.byteOffset, item.byteLength).toString('utf8'));
  } catch {
    return undefined;
  }
}
