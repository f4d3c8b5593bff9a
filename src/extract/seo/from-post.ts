import type { WpPost } from '../../schema/wp-post';
import { safeUrl } from '../../text/safe-url';
import { extractExcerpt } from '../extract-excerpt';
import { extractTitle } from '../extract-title';
import type { SeoPartial } from './seo-rule';

/**
 * The last resort, WordPress's own fields: the post title as `title`, the excerpt as
 * `description` (none for protected posts) and `link` as `canonical`. Social fields are left
 * empty: the post never told social sites anything.
 *
 * @example fromPost({ id: 1, title: { rendered: 'Hi' }, link: 'https://a.b/hi/' }).canonical // → 'https://a.b/hi/'
 */
export function fromPost(post: WpPost): SeoPartial {
  const title = extractTitle(post);
  return {
    title: title === '' ? null : title,
    description: post.excerpt?.protected ? null : extractExcerpt(post),
    canonical: safeUrl(post.link),
  };
}
