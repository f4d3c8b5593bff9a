import type { Article } from '../../schema/article';
import { astroFrontMatter } from './astro';
import { defaultFrontMatter } from './default';
import { eleventyFrontMatter } from './eleventy';
import { hugoFrontMatter } from './hugo';
import { jekyllFrontMatter } from './jekyll';

/** The names of the built-in front-matter presets. */
export type FrontMatterPreset = 'default' | 'astro' | 'hugo' | 'jekyll' | 'eleventy';

/** The built-in front-matter presets by name. */
export const frontMatterPresets: Record<FrontMatterPreset, (article: Article, body?: string) => Record<string, unknown>> = {
  default: defaultFrontMatter,
  astro: astroFrontMatter,
  hugo: hugoFrontMatter,
  jekyll: jekyllFrontMatter,
  eleventy: eleventyFrontMatter,
};
