import { convertPost } from './convert-post';
import { UnpressError } from './errors';
import type { ParseOptions } from './options';
import { parseWpPost } from './parse/parse-wp-post';
import { readJson } from './parse/read-json';
import { resolveOptions } from './resolve-options';
import type { Article } from './schema/article';

/**
 * Turns one WordPress REST post (a post, page or custom-type object, its JSON text, or a
 * Buffer of it) into a clean, typed `Article`. For many posts, `parsePosts` (or `streamPosts`)
 * is ~10% faster than this in a loop, with the same articles: it runs each stage over a few
 * posts in turn.
 *
 * @throws {UnpressError} `invalid_json`, `invalid_post` (with paths) or `rest_error`; any other
 *   failure while reading or converting the input (a getter that throws, a handler's bug) too
 * @throws {TypeError} for invalid options
 * @example
 * import { parsePost } from 'unpress';
 * const article = parsePost(await (await fetch(`${site}/wp-json/wp/v2/posts/1?_embed`)).json());
 * article.title; // 'Therapeutic alliance: why it is key to effective treatment'
 */
export function parsePost(input: unknown, options?: ParseOptions): Article {
  const result = safeParsePost(input, options);
  if (!result.success) throw result.error;
  return result.data;
}

/** The result of `safeParsePost`: an article, or the error that prevented one. */
export type SafeParseResult = { success: true; data: Article } | { success: false; error: UnpressError };

/**
 * Like `parsePost`, but returns `{ success, data | error }` instead of throwing for bad input.
 * Invalid options still throw a `TypeError` (a programming mistake, not bad data).
 *
 * @example
 * const r = safeParsePost(json);
 * if (!r.success) console.error(r.error.code, r.error.issues);
 */
export function safeParsePost(input: unknown, options?: ParseOptions): SafeParseResult {
  const resolved = resolveOptions(options);
  try {
    return { success: true, data: convertPost(parseWpPost(readJson(input)), resolved) };
  } catch (e) {
    return { success: false, error: asUnpressError(e, []) };
  }
}

/**
 * Any failure during conversion as an `UnpressError`: a bug or an exotic input must cost one
 * post, never the batch.
 */
export function asUnpressError(e: unknown, path: (string | number)[]): UnpressError {
  if (e instanceof UnpressError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new UnpressError('invalid_post', `Could not convert the post: ${message}`, [{ path, message }]);
}
