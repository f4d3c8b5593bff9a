import type { Layout } from '../layout';
import type { LayoutName } from '../schema';
import { astro } from './astro';
import { eleventy } from './eleventy';
import { hugo } from './hugo';
import { jekyll } from './jekyll';
import { plain } from './plain';

/**
 * The site layouts `migrate` writes, by name (`--layout`). Each is data (see `Layout`): a
 * migration script may use one alone, or pass its own object built the same way.
 *
 * @example layouts.hugo.file(item, '/2025/08/28/hello/', layouts.hugo.extension(false)) // → 'content/posts/hello/index.md'
 */
export const layouts: Readonly<Record<LayoutName, Layout>> = { hugo, astro, eleventy, jekyll, plain };

export { astro, eleventy, hugo, jekyll, plain };
