import { once } from 'node:events';
import { createReadStream, createWriteStream, readFileSync, rmSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { writeFileAtomic } from '../sources/write-file-atomic';
import { sha256 } from './manifest';
import { readSources, valueOf, type MigrateSource, type SourceFilter } from './read-sources';
import type { SiteIndex } from './site-index';

/** What pass 1 kept of the sources, besides the spool file itself. */
export interface Spooled {
  /** The id of each spooled post (null when it has none), in spool order. */
  ids: (number | null)[];
  /** sha256 of each spooled post's JSON line. */
  hashes: string[];
  site: string | null;
  title: string | null;
  language: string | null;
  /** Source files that could not be read to their end (their posts before the break are spooled). */
  failures: { source: string; code: string; message: string }[];
}

/**
 * Pass 1 of `migrate`: reads every source once and writes each raw post as one JSON line to
 * `path` (a post read twice, by id, once), adding each to `index`. A URL is then crawled once
 * for the two passes. `<path>.json` is written when the spool is complete; with `reuse`
 * (`--resume`) a complete spool of the same sources (same URLs and filters; files of the same
 * size and time) is read back instead of the sources: a stopped run of a big site does not
 * crawl it again.
 */
export async function spoolSources(
  sources: readonly MigrateSource[],
  options: SourceFilter & { onProgress?: (e: { phase: 'read'; done: number; total: null }) => void },
  index: SiteIndex,
  path: string,
  reuse: boolean,
): Promise<Spooled> {
  const key = spoolKey(sources, options);
  const done = `${path}.json`;
  if (reuse && key !== null) {
    const kept = readKept(done, key);
    if (kept) {
      for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
        const value = valueOf(line);
        if (value !== undefined) index.add(value);
      }
      return kept;
    }
  }
  rmSync(done, { force: true });
  const result: Spooled = { ids: [], hashes: [], site: null, title: null, language: null, failures: [] };
  const stream = createWriteStream(path);
  const seen = new Set<number>();
  let n = 0;
  try {
    const items = readSources(sources, options, (info) => {
      result.site ??= info.url;
      result.title ??= info.title;
      result.language ??= info.language;
    }, (source, e) => result.failures.push({ source, code: e.code, message: e.message }));
    for await (const item of items) {
      const value = valueOf(item);
      const entry = value === undefined ? null : index.add(value);
      if (entry && seen.has(entry.id)) continue;
      if (entry) seen.add(entry.id);
      const text = typeof item === 'string' ? item : item instanceof Uint8Array ? Buffer.from(item).toString('utf8') : JSON.stringify(item);
      // One post, one line: JSON has no line break inside a string, only between tokens.
      const line = `${text.replace(/\r?\n/g, ' ')}\n`;
      result.ids.push(entry?.id ?? null);
      result.hashes.push(sha256(line));
      if (!stream.write(line)) await once(stream, 'drain');
      options.onProgress?.({ phase: 'read', done: ++n, total: null });
    }
  } finally {
    stream.end();
    await once(stream, 'close');
  }
  if (key !== null) writeFileAtomic(done, `${JSON.stringify({ key, ...result })}\n`);
  return result;
}

// What identifies a reading of the sources: the URLs and paths with the filters, and each
// file's size and time; null when a source is posts in memory (nothing to compare).
function spoolKey(sources: readonly MigrateSource[], filter: SourceFilter): string | null {
  const parts: unknown[] = [filter.statuses ?? null, filter.types ?? null, filter.since ?? null];
  for (const s of sources) {
    if (typeof s !== 'string') return null;
    if (/^https?:\/\//i.test(s)) parts.push(s);
    else {
      try {
        const st = statSync(s);
        parts.push([s, st.size, st.mtimeMs]);
      } catch {
        return null;
      }
    }
  }
  return sha256(JSON.stringify(parts));
}

function readKept(file: string, key: string): Spooled | null {
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Spooled & { key: string };
    if (kept.key !== key || !Array.isArray(kept.ids) || !Array.isArray(kept.hashes)) return null;
    return { ids: kept.ids, hashes: kept.hashes, site: kept.site, title: kept.title, language: kept.language, failures: Array.isArray(kept.failures) ? kept.failures : [] };
  } catch {
    return null;
  }
}
