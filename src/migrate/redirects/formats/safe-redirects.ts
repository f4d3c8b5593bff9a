import type { Redirect } from '../../schema';
import { encodePath, encodeTarget } from '../encode-path';

/**
 * Redirects as a format may write them: `from` through `encodePath`, `to` through
 * `encodeTarget` (both leave `buildRedirects`' output as it is), and a status other than 301 or
 * 302 read as 301. Every format starts here, so a caller's own hostile list is as safe as
 * `buildRedirects`' output.
 *
 * @example safeRedirects([{ from: '/a b', to: '/c\nd', status: 301 }]) // → [{ from: '/a%20b', to: '/c%0Ad', status: 301 }]
 */
export function safeRedirects(redirects: readonly Redirect[]): Redirect[] {
  return redirects.map((r) => ({ from: encodePath(r.from), to: encodeTarget(r.to), status: r.status === 302 ? 302 : 301 }));
}
