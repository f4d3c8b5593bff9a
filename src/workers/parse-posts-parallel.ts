import type { ParseOptions } from '../options';
import { postList, type ParsePostsResult } from '../parse-posts';
import { readJson } from '../parse/read-json';
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
  const list = postList(readJson(input));
  const result: ParsePostsResult = { articles: [], failures: [] };
  for await (const o of convertOutcomes<Article>(list, { workers, options: parseOptions })) {
    if (o.ok) result.articles.push(o.value);
    else result.failures.push({ index: o.index, id: o.id, error: o.error });
  }
  return result;
}
