import type { UnpressError } from '../errors';
import type { ParseOptions } from '../options';
import type { Article } from '../schema/article';
import { convertOutcomes } from '../workers/convert-outcomes';
import { readPostItems, type InputFormat } from './read-post-items';
import type { WxrFilter } from './wxr/wxr-item-to-post';

/** Options of `streamPosts`: the parse options, plus how to read and how many threads to use. */
export interface StreamPostsOptions extends ParseOptions {
  /**
   * `ndjson` (a post per line, parsed only where it is converted) or `auto` (default; `json` is
   * the same): a `[` is an array (or arrays back to back), a first line that is a whole JSON
   * object is NDJSON, anything else JSON values one after another (one post, a wrapper such as
   * `{ "posts": [...] }`, pretty-printed or concatenated objects); XML is a WordPress export
   * (WXR, read by `readWxr`: one stream is one file; give `readWxr` every file of a split export).
   */
  format?: InputFormat;
  /** Convert on this many worker threads (default: none, in the caller's thread). Options must then be plain data. */
  workers?: number;
  /** For a WordPress export (XML): which statuses and types are read (see `readWxr`; default published posts of every content type). */
  wxr?: WxrFilter;
}

/** One post of a stream: its article, or why it failed. `index` counts posts from 0 in input order. */
export type StreamResult = { ok: true; index: number; article: Article } | { ok: false; index: number; id: number | null; error: UnpressError };

/**
 * Converts posts as they are read from a stream (a file, stdin, an HTTP body: any async
 * iterable of bytes), so memory stays flat however large the export: only a few posts are
 * held at a time. Results come in input order; a bad post is a `{ ok: false }` result and
 * the stream goes on. Stopping the loop early stops reading. Posts are converted in turns of
 * up to 8; a source that pauses for 50 ms (a live crawl) has what it sent converted and
 * yielded at once, not held until 8 have come.
 *
 * @throws {UnpressError} while iterating, for a whole-input problem (broken JSON, a REST error body)
 * @throws {TypeError} for invalid options
 * @example
 * import { createReadStream } from 'node:fs';
 * for await (const r of streamPosts(createReadStream('posts.ndjson'), { workers: 2 })) {
 *   if (r.ok) console.log(r.index, r.article.title);
 *   else console.error(`#${r.index} (id ${r.id}): ${r.error.message}`);
 * }
 */
export async function* streamPosts(input: AsyncIterable<Uint8Array | string>, options: StreamPostsOptions = {}): AsyncGenerator<StreamResult> {
  const { format, workers, wxr, ...parseOptions } = options;
  if (typeof input?.[Symbol.asyncIterator] !== 'function') throw new TypeError('unpress: streamPosts expects a readable stream or async iterable');
  for await (const o of convertOutcomes<Article>(readPostItems(input, format, wxr), { workers, options: parseOptions })) {
    yield o.ok ? { ok: true, index: o.index, article: o.value } : o;
  }
}
