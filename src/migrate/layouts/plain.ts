import { defaultFrontMatter } from '../../render/front-matter/default';
import type { Layout } from '../layout';

/**
 * Plain Markdown files at their URL's path (`posts/<slug>.md`, pages by hierarchy), with the
 * default front matter. (A minimal version; the layouts piece owns this file.)
 */
export const plainLayout: Layout = {
  name: 'plain',
  extension: (mdx) => (mdx ? 'mdx' : 'md'),
  url: (item) => (item.type === 'post' ? `/posts/${item.slug}/` : `/${[...item.ancestors, item.slug].join('/')}/`),
  file: (_item, url, extension) => `${url.replace(/^\/+|\/+$/g, '') || 'index'}.${extension}`,
  frontMatter: (article, _body, planned) => ({ ...defaultFrontMatter(article), url: planned.url }),
  mediaDir: () => 'media',
  mediaRef: (local) => `/${local}`,
  scaffold: () => ({}),
};
