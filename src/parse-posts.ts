import { UnpressError } from './errors';
import type { ParseOptions } from './options';
import { isRestError, isWpcomError, restError } from './parse/rest-error';
import { readJson } from './parse/read-json';
import { resolveOptions } from './resolve-options';
import type { Article } from './schema/article';
import { convertItems } from './workers/convert-items';
import { parsePostsParallel, type ParallelOptions } from './workers/parse-posts-parallel';

/** A post that could not be converted, with its place in the input. */
export interface PostFailure {
  index: number;
  id: number | null;
  error: UnpressError;
}

/** The result of a batch: `articles.length + failures.length` equals the number of posts given. */
export interface ParsePostsResult {
  articles: Article[];
  failures: PostFailure[];
}

/**
 * Converts a list of posts (an array, its JSON text or a Buffer). One bad post never stops or
 * loses the others: each comes out as an article or as a failure with its index and id.
 * A whole-input problem (not JSON, not a list, a REST error body) throws `UnpressError`.
 *
 * With `{ workers: N }` it converts on N worker threads and returns a Promise of the same
 * result (same order; options must then be plain data, see `parsePostsParallel`).
 *
 * @example
 * const { articles, failures } = parsePosts(await res.text());
 * for (const f of failures) console.error(`#${f.index} (id ${f.id}): ${f.error.message}`);
 * const big = await parsePosts(hugeJson, { workers: os.availableParallelism() });
 */
export function parsePosts(input: unknown, options: ParallelOptions): Promise<ParsePostsResult>;
export function parsePosts(input: unknown, options?: ParseOptions): ParsePostsResult;
export function parsePosts(input: unknown, options?: ParseOptions & { workers?: number }): ParsePostsResult | Promise<ParsePostsResult> {
  // With `workers` the same conversion runs on worker threads, so the result is a Promise.
  if (options?.workers !== undefined) return parsePostsParallel(input, options as ParallelOptions);
  const resolved = resolveOptions(options);
  const list = postList(readJson(input));
  const articles: Article[] = [];
  const failures: PostFailure[] = [];
  for (const o of convertItems({ start: 0, items: list, parsed: true }, resolved)) {
    if (o.ok) articles.push(o.value as Article);
    else failures.push({ index: o.index, id: o.id, error: o.error });
  }
  return { articles, failures };
}

/**
 * The posts of a batch input: an array (nested page arrays flattened, so `index` counts posts),
 * or the wrappers real dumps use (`{ value: [...] }`, `{ posts: [...] }`).
 */
export function postList(value: unknown): unknown[] {
  // Merged paginated dumps nest page arrays inside the list: their posts count one by one.
  if (Array.isArray(value)) return value.some(Array.isArray) ? value.flat(3) : value;
  if (isRestError(value) || isWpcomError(value)) throw restError(value);
  if (value && typeof value === 'object') {
    for (const key of ['posts', 'value', 'items', 'data', 'results']) {
      const inner = (value as Record<string, unknown>)[key];
      if (Array.isArray(inner)) return inner;
    }
    if ('id' in value || 'ID' in value) return [value];
  }
  throw new UnpressError('invalid_post', 'Expected a list of posts (a JSON array)', [{ path: [], message: 'expected an array' }]);
}
