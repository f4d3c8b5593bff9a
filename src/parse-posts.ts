import { UnpressError } from './errors';
import { asUnpressError } from './parse-post';
import type { ParseOptions } from './options';
import { isRestError, isWpcomError, restError } from './parse/rest-error';
import { readJson } from './parse/read-json';
import { resolveOptions } from './resolve-options';
import type { Article } from './schema/article';
import { convertItems } from './workers/convert-items';
import { parsePostsParallel, type ParallelOptions } from './workers/parse-posts-parallel';

/** A post that could not be converted, with its place in the input. */
export interface PostFailure {
  /** The post's position in the input, from 0 (nested page arrays flattened, so it counts posts). */
  index: number;
  /** The post's `id` when the input item has a numeric one; null otherwise. */
  id: number | null;
  /** Why it failed; its issues' paths start with `index`. */
  error: UnpressError;
}

/** The result of a batch: `articles.length + failures.length` equals the number of posts given. */
export interface ParsePostsResult {
  /** The converted posts, in input order. */
  articles: Article[];
  /** The posts that could not be converted, in input order. */
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
  const { items, sanitized } = readPostList(input);
  const articles: Article[] = [];
  const failures: PostFailure[] = [];
  for (const o of convertItems({ start: 0, items, parsed: true, sanitized }, resolved)) {
    if (o.ok) articles.push(o.value as Article);
    else failures.push({ index: o.index, id: o.id, error: o.error });
  }
  return { articles, failures };
}

/**
 * The posts of a batch input, read only as far as the list: JSON text is parsed (and
 * sanitized, `sanitized: true`) whole; a caller's array is not walked here, so that a hostile
 * post in it (a Proxy whose traps throw, a getter that throws) fails alone where it is
 * converted, inside the per-post guard. A list that cannot be read at all is an `UnpressError`.
 *
 * @throws {UnpressError} for a whole-input problem (not JSON, not a list, a REST error body)
 * @example readPostList([post1, post2]) // → { items: [post1, post2], sanitized: false }
 */
export function readPostList(input: unknown): { items: unknown[]; sanitized: boolean } {
  try {
    if (typeof input === 'string' || input instanceof Uint8Array) return { items: postList(readJson(input)), sanitized: true };
    return { items: postList(input), sanitized: false };
  } catch (e) {
    throw asUnpressError(e, []);
  }
}

/**
 * The posts of a batch input: an array (nested page arrays flattened, so `index` counts posts),
 * or the wrappers real dumps use (`{ value: [...] }`, `{ posts: [...] }`).
 */
export function postList(value: unknown): unknown[] {
  // Merged paginated dumps nest page arrays inside the list: their posts count one by one.
  if (Array.isArray(value)) return value.some(isArray) ? flatten(value, 3) : value;
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

// `Array.isArray` throws for a revoked Proxy: such an item is a post that fails, not a page.
function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

// `Array.prototype.flat`, with `isArray` deciding what is a page.
function flatten(list: unknown[], depth: number, out: unknown[] = []): unknown[] {
  for (const item of list) {
    if (depth > 0 && isArray(item)) flatten(item, depth - 1, out);
    else out.push(item);
  }
  return out;
}
