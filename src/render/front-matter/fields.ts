import type { Article, Term } from '../../schema/article';

/** Term names (slug when the name is unknown), or null when there are none. */
export function termNames(terms: Term[] | null): string[] | null {
  const names = (terms ?? []).map((t) => t.name ?? t.slug).filter((n): n is string => !!n);
  return names.length ? names : null;
}

/** The path of the post's old URL (`/2024/05/my-post/`), for redirects and permalinks. */
export function oldPath(a: Article): string | null {
  if (!a.link) return null;
  try {
    const url = new URL(a.link);
    // `/?p=123` (plain permalinks) has no path worth keeping.
    return url.pathname === '/' ? null : url.pathname;
  } catch {
    return null;
  }
}

/** The best description: SEO description, else the excerpt. */
export function description(a: Article): string | null {
  return a.seo.description ?? a.excerpt ?? null;
}

/** Publication date with the site's offset (`2026-03-26T13:06:16+02:00`), else UTC ISO. */
export function publishedDate(a: Article): string | null {
  return a.publishedLocal ?? a.published;
}

/** Modification date like `publishedDate`, or null when it equals the publication date. */
export function modifiedDate(a: Article): string | null {
  const m = a.modifiedLocal ?? a.modified;
  return m && m !== publishedDate(a) ? m : null;
}

/**
 * True when Liquid (Jekyll, and Eleventy, which reads Markdown as Liquid first) would take part
 * of `body` for its own tags (`{{ … }}`, `{% … %}`): a post about Vue, Jinja or Liquid itself,
 * whose code would be run as a template (or fail the build) instead of shown.
 *
 * @example readsAsLiquid('Write `{{ message }}` in the template') // → true
 */
export function readsAsLiquid(body: string): boolean {
  return body.includes('{{') || body.includes('{%');
}

/** Not published: WordPress drafts, pending, private and future posts. */
export function isDraft(a: Article): boolean {
  return a.status !== null && a.status !== 'publish';
}
