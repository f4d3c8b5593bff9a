import type { Layout, LayoutItem } from '../layout';
import { astroFrontMatter } from '../../render/front-matter/astro';
import { termNames } from '../../render/front-matter/fields';
import { astroRedirects, astroScaffold } from './astro-scaffold';
import { hierarchy, relativeRef, rootRef, termArchive, trimSlashes } from './layout-paths';

/**
 * Astro 5 content collections: posts in `src/content/blog/`, pages in `src/content/pages/`
 * (by hierarchy), other types in `src/content/other/<type>/`, each with the blog starter's fields
 * plus `path` (where `src/pages/[...path].astro` serves it) and `categories`; drafts have no
 * `pubDate` and `draft: true`, which the schema accepts and the route leaves unbuilt. Images
 * go to `src/assets/` and are referenced relatively, so Astro optimises them; other files to
 * `public/media/`. Old paths become Astro `redirects`, read from `src/unpress-redirects.json`
 * (rewritten at every run). Markdown or MDX (`@astrojs/mdx` in the scaffold's config).
 *
 * @example layouts.astro.file({ id: 1, type: 'post', slug: 'hello', date: null, ancestors: [] }, '/hello/', '.md') // → 'src/content/blog/hello.md'
 */
export const astro: Layout = {
  name: 'astro',
  extension: (mdx) => (mdx ? '.mdx' : '.md'),
  url: (item) => `/${place(item).join('/')}/`,
  file: (item, _url, extension) => `src/content/${collection(item)}/${(item.type === 'page' ? hierarchy(item) : [item.slug]).join('/')}${extension}`,
  frontMatter(article, body, planned) {
    return { ...astroFrontMatter(article), path: trimSlashes(planned.url), categories: termNames(article.categories) };
  },
  mediaDir: (_planned, media) => (media?.kind === 'file' ? 'public/media' : 'src/assets'),
  mediaRef: (local, planned) => (local.startsWith('public/') ? rootRef(local, 'public/') : relativeRef(planned.file, local)),
  scaffold: astroScaffold,
  generated: (site) => ({ 'src/unpress-redirects.json': astroRedirects(site.redirects) }),
  // Images as Markdown images (raw `<img>` is not optimised; in MDX it is JSX).
  markdown: () => ({ html: false }),
  termUrl: termArchive,
};

// The scaffold's schema declares these three collections; custom types share the third, one
// folder each (the scaffold cannot know a site's types).
function collection(item: LayoutItem): string {
  return item.type === 'post' ? 'blog' : item.type === 'page' ? 'pages' : `other/${item.type}`;
}

function place(item: LayoutItem): string[] {
  if (item.type === 'post') return ['blog', item.slug];
  if (item.type === 'page') return hierarchy(item);
  return [item.type, item.slug];
}
