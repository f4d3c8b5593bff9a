import type { Article } from '../../schema/article';
import type { LinkIndex } from './link-index';
import { mapArticleUrls } from './map-article-urls';
import { urlParts } from './link-key';

/**
 * `article` with every link into the old site that reaches a migrated item (or a term or author
 * archive the new site has) pointing at its new address, and the links into the old site that
 * reach nothing migrated (`dangling`: absolute, without fragment, each once, in document order).
 * Relative links are read against the article's old permalink. Links elsewhere, in-page anchors
 * and upload files (left to media handling) are unchanged. Pure: the input is not changed.
 *
 * @example
 * const { article: moved, dangling } = rewriteLinks(article, index);
 * // moved.body's <a href="https://example.org/?p=12"> is now <a href="/posts/hello/">
 */
export function rewriteLinks(article: Article, index: LinkIndex): { article: Article; dangling: string[] } {
  const dangling = new Set<string>();
  const seen = new Map<string, string | null>();
  const base = article.link;
  const out = mapArticleUrls(article, (href) => {
    if (seen.has(href)) {
      const known = seen.get(href)!;
      return known;
    }
    const target = index.resolve(href, base);
    let mapped: string | null = null;
    if (target.kind === 'internal') mapped = target.url;
    else if (target.kind === 'dangling') dangling.add(absolute(href, base ?? index.defaultBase));
    seen.set(href, mapped);
    return mapped;
  });
  return { article: out, dangling: [...dangling] };
}

function absolute(href: string, base: string | null): string {
  try {
    const url = base === null ? new URL(href.trim()) : new URL(href.trim(), base);
    url.hash = '';
    return url.href;
  } catch {
    return href;
  }
}

