import type { Comment } from '../schema/article';
import type { WpPost } from '../schema/wp-post';
import { safeUrl } from '../text/safe-url';
import { asList, asObject, asText, isEmbeddedError } from './coerce';

/** A comment's HTML made clean (`html`, `text`), as the body is; given by `convertPost`. */
export type CommentContent = (html: string, path: string) => { html: string; text: string };

// Comment types a reader sees as comments (pingbacks and trackbacks are notices of links).
const COMMENT_TYPES: ReadonlySet<string> = new Set(['comment', '']);

/**
 * Approved comments from REST's `_embedded.replies` (readWxr fills the same from an export),
 * oldest first: id, parent (null for a top-level one), the commenter's name and URL (through
 * `safeUrl`), the site's wall time, and the content cleaned as the body is. E-mail and IP are
 * never in REST's embedded comments, and readWxr does not read them.
 *
 * @example extractComments({ id: 1, _embedded: { replies: [[{ id: 2, author_name: 'Ian', content: { rendered: '<p>Hi</p>' } }]] } }, clean)[0].author // → 'Ian'
 */
export function extractComments(post: WpPost, content: CommentContent): Comment[] {
  const group = asList(post._embedded?.replies)[0];
  if (!Array.isArray(group) || isEmbeddedError(group)) return [];
  const out: Comment[] = [];
  group.forEach((raw, i) => {
    const c = asObject(raw);
    const id = typeof c?.id === 'number' && Number.isSafeInteger(c.id) ? c.id : null;
    if (!c || id === null || !COMMENT_TYPES.has(asText(c.type) ?? '')) return;
    const parent = typeof c.parent === 'number' && c.parent > 0 ? c.parent : null;
    const url = asText(c.author_url);
    const rendered = asObject(c.content)?.rendered;
    const { html, text } = content(typeof rendered === 'string' ? rendered : '', `_embedded.replies[0][${i}]`);
    out.push({ id, parent, author: asText(c.author_name) || null, authorUrl: url ? safeUrl(url) : null, date: asText(c.date) || null, html, text });
  });
  // REST gives the newest first; a thread reads oldest first.
  return out.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.id - b.id);
}
