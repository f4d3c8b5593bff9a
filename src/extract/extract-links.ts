import type { Link } from '../schema/article';
import type { RawLink } from '../context';

/**
 * The body's links in document order, with `external` set for http(s) links to another host
 * than the site's (`www.` ignored). Relative, `#`, `mailto:` and `tel:` links are not external.
 */
export function extractLinks(raw: RawLink[], siteUrl: string | null): Link[] {
  const siteHost = hostOf(siteUrl);
  return raw.map((l) => {
    const host = /^https?:/i.test(l.href) ? hostOf(l.href) : null;
    return { href: l.href, text: l.text, title: l.title, rel: l.rel, external: host !== null && host !== siteHost };
  });
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}
