import { UnpressError, fromZodIssues } from '../errors';
import { WpPostSchema, type WpPost } from '../schema/wp-post';
import { isRestError, isWpcomError, restError } from './rest-error';
import { fromWpcom, isWpcomPost } from './from-wpcom';

/**
 * Validates one JSON value as a WordPress post. WordPress.com v1.1 posts are normalised
 * to the `/wp/v2` shape first; REST error bodies become `rest_error`.
 *
 * @throws {UnpressError} `rest_error` or `invalid_post` (with every issue's path)
 * @example parseWpPost({ id: 1, title: { rendered: 'Hi' } }).id // → 1
 */
export function parseWpPost(value: unknown, path: (string | number)[] = []): WpPost {
  if (isRestError(value) || isWpcomError(value)) throw restError(value, path);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array (a list of posts where one post was expected)' : typeof value;
    throw new UnpressError('invalid_post', `Invalid post: expected an object, got ${got}`, [
      { path, message: `expected an object, got ${got}` },
    ]);
  }
  const candidate = isWpcomPost(value) ? fromWpcom(value) : value;
  const result = WpPostSchema.safeParse(candidate);
  if (!result.success) throw fromZodIssues(result.error.issues, path);
  // A source that built the post found it unusable (an export item without a type).
  const invalid = result.data._unpress?.invalid;
  if (invalid) throw new UnpressError('invalid_post', `Invalid post: ${invalid.message}`, [{ path: [...path, ...invalid.path], message: invalid.message }]);
  return result.data;
}
