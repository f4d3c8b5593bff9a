import type { ParseOptions } from '../options';
import { readPostList, type ParsePostsResult } from '../parse-posts';
import { readJson } from '../parse/read-json';
import { MAX_JSON_DEPTH } from '../parse/sanitize-json';
import { splitJsonArray, splitJsonBytes } from '../parse/split-json-array';
import { resolveOptions } from '../resolve-options';
import type { Article } from '../schema/article';
import { convertOutcomes } from './convert-outcomes';

/** Options of `parsePosts` with worker threads. */
export interface ParallelOptions extends ParseOptions {
  /** Worker threads to convert with (e.g. `os.availableParallelism()`). */
  workers: number;
}

/**
 * `parsePosts` on worker threads: the same articles and failures, in the same order, as the
 * single-threaded call. Options must be plain data (no custom profiles, handlers or SEO rules:
 * functions cannot be copied to another thread).
 *
 * @throws {UnpressError} for a whole-input problem (not JSON, not a list, a REST error body)
 * @throws {TypeError} for invalid options, or options holding functions
 * @example
 * const { articles } = await parsePosts(json, { workers: 2 });
 */
export async function parsePostsParallel(input: unknown, options: ParallelOptions): Promise<ParsePostsResult> {
  const { workers, ...parseOptions } = options;
  resolveOptions(parseOptions);
  // JSON text is cut into one text per post and each is parsed on a worker thread: parsing
  // and copying whole objects here kept this thread busier than the workers. Bytes are cut as
  // bytes (no string of the whole export is made here).
  const split = typeof input === 'string' ? splitJsonArray(input, MAX_JSON_DEPTH) : isBytes(input) ? splitJsonBytes(input, MAX_JSON_DEPTH) : null;
  const { items, sanitized } = split ? { items: split, sanitized: false } : readPostList(input);
  const result: ParsePostsResult = { articles: [], failures: [] };
  for await (const o of convertOutcomes<Article>(items, { workers, options: parseOptions, parsed: split === null, sanitized })) {
    if (o.ok) result.articles.push(o.value);
    else result.failures.push({ index: o.index, id: o.id, error: o.error });
  }
  // A post that is not valid JSON makes the whole text invalid: that throws, as without workers.
  if (split && result.failures.some((f) => f.error.code === 'invalid_json')) readJson(input);
  return result;
}


// `instanceof` runs a Proxy's `getPrototypeOf` trap: a hostile input is then read (and refused) by `readPostList`.
function isBytes(input: unknown): input is Uint8Array {
  try {
    return input instanceof Uint8Array;
  } catch {
    return false;
  }
}
