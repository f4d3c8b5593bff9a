import type { Layout, LayoutItem } from '../layout';
import { hugoFrontMatter } from '../../render/front-matter/hugo';
import { hugoScaffold } from './hugo-scaffold';
import { dirOf, hierarchy, redirectPaths, relativeRef, rootRef } from './layout-paths';
import { markdownOnly } from './markdown-only';

// Files of branch bundles (a page with sub-pages) cannot hold images in sub-folders: they would
// be content sections. Their media go to `static/media/`, served from `/media/`.
const SHARED_MEDIA = 'static/media';

/**
 * Hugo: posts as page bundles (`content/posts/<slug>/index.md`, their images beside them),
 * pages at their hierarchy (`content/about-us/our-team/index.md`; a page with sub-pages is a
 * branch bundle, `_index.md`, as Hugo requires), the served path in `url`, old paths in
 * `aliases` (Hugo writes a redirect page for each), categories and tags as Hugo's default
 * taxonomies. The scaffold (`hugo.toml`, layouts for home, lists, pages, taxonomies and 404,
 * and render hooks that find page resources) builds a browsable site with `hugo`.
 *
 * @example layouts.hugo.file({ id: 1, type: 'post', slug: 'hello', date: null, ancestors: [] }, '/2025/08/hello/', '.md') // → 'content/posts/hello/index.md'
 */
export const hugo: Layout = {
  name: 'hugo',
  extension: markdownOnly('hugo'),
  url: (item) => `/${section(item).join('/')}/`,
  file(item, _url, extension) {
    const segments = section(item);
    // A page whose sub-pages are unknown is a branch bundle too: a leaf bundle cannot hold pages.
    const branch = item.type === 'page' && item.hasChildren !== false;
    return `content/${segments.join('/')}/${branch ? '_index' : 'index'}${extension}`;
  },
  frontMatter(article, _body, planned) {
    const aliases = redirectPaths(planned);
    return { ...hugoFrontMatter(article), url: planned.url, aliases: aliases.length ? aliases : null };
  },
  mediaDir: (planned) => (isLeafBundle(planned.file) ? dirOf(planned.file) : SHARED_MEDIA),
  // Inside a bundle: relative, the render hooks turn it into the resource's published path
  // (also for a file in another post's bundle: an image two posts share is downloaded once).
  mediaRef: (local, planned) => (local.startsWith('static/') ? rootRef(local, 'static/') : relativeRef(planned.file, local)),
  scaffold: hugoScaffold,
  // Images as Markdown images (the render hooks resolve them; raw `<img>` they never see), embeds
  // as Hugo's shortcodes (which also makes the renderer neutralise `{{<` and `{{%` in text).
  markdown: () => ({ html: false, embeds: 'hugo' }),
  termUrl(taxonomy, slug, name) {
    const plural = taxonomy === 'category' ? 'categories' : taxonomy === 'post_tag' ? 'tags' : null;
    return plural ? `/${plural}/${hugoUrlize(name ?? slug)}/` : null;
  },
};

function section(item: LayoutItem): string[] {
  if (item.type === 'post') return ['posts', item.slug];
  if (item.type === 'page') return hierarchy(item);
  return [item.type, item.slug];
}

function isLeafBundle(file: string): boolean {
  return /\/index\.[a-z]+$/.test(file);
}

/**
 * The path segment Hugo makes of a term name (`urlize`): spaces to `-`, lower case, only
 * letters, digits, marks and `._-+~#` kept, runs of `-` made one (as Hugo 0.111 builds them).
 *
 * @example hugoUrlize('Bird Watching') // → 'bird-watching'
 */
export function hugoUrlize(name: string): string {
  return name
    .normalize('NFC')
    .trim()
    .replace(/\s+/gu, '-')
    .replace(/[^\p{L}\p{M}\p{N}._\-+~#]/gu, '')
    // Hugo writes one hyphen where removed characters leave several (`Birds & Bees` → `birds-bees`).
    .replace(/-{2,}/g, '-')
    .toLowerCase();
}
