import type { Article } from '../schema/article';
import type { LayoutName, PlannedPath, Redirect } from './schema';

/** What a layout knows of an item when it places it (`planPaths` fills it from the site index). */
export interface LayoutItem {
  id: number;
  type: string;
  /** The slug made readable and safe as one path segment (decoded, NFC, no separators). */
  slug: string;
  /** The site's wall time (`2025-08-28T10:00:00`), or null. */
  date: string | null;
  /** Slugs (readable and safe) of a page's ancestors, outermost first. */
  ancestors: string[];
}

/** The site as the scaffold sees it. */
export interface LayoutSite {
  title: string | null;
  /** The old site's address (`https://example.org`), or null. */
  url: string | null;
  language: string | null;
  /** Every redirect the migration made, for layouts that configure them (Astro's `redirects`). */
  redirects: Redirect[];
}

/**
 * One target site layout, as data: where each item's file goes, which URL the new site serves
 * it at, its front matter, where its media go and how the content refers to them, and the
 * files a new site needs to build (written only when missing). One file per layout under
 * `src/migrate/layouts/`; `migrate` knows nothing generator-specific beyond this.
 */
export interface Layout {
  name: LayoutName;
  /** The content file's extension for Markdown, or MDX when `mdx` is asked. */
  extension(mdx: boolean): string;
  /** The layout's own URL for an item (`--permalinks layout`), starting and ending with `/`. */
  url(item: LayoutItem): string;
  /**
   * The content file (relative to the output folder, `/`-separated) for an item served at
   * `url` (the old permalink path with `--permalinks keep`, else `this.url(item)`).
   */
  file(item: LayoutItem, url: string, extension: string): string;
  /** The front matter fields for an article placed at `planned`; `body` is its Markdown. */
  frontMatter(article: Article, body: string, planned: PlannedPath): Record<string, unknown>;
  /** The folder (relative to the output folder) for an item's downloaded media. */
  mediaDir(planned: PlannedPath): string;
  /** How the item's content refers to a downloaded file `local` (relative to the output folder). */
  mediaRef(local: string, planned: PlannedPath): string;
  /** Files (path → content) a new site needs to build; `migrate` writes those that are missing. */
  scaffold(site: LayoutSite): Record<string, string>;
}
