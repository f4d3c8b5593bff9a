import type { MarkdownOptions } from '../render/to-markdown';
import type { Article } from '../schema/article';
import type { LayoutName, MediaEntry, PlannedPath, Redirect } from './schema';

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
  /**
   * Whether other items have this one as their parent (a page with sub-pages). Layouts whose
   * generator stores a parent differently from a leaf (Hugo: a branch bundle, `_index.md`)
   * read it; when unknown (`undefined`) they place every page so that children can follow.
   */
  hasChildren?: boolean;
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

/** The part of a media entry a layout reads to place it (`kind`: images and files may go to different folders). */
export type LayoutMedia = Pick<MediaEntry, 'kind' | 'url'>;

/** A file written once for the whole site from one entry per item (plain's `articles.json`). */
export interface LayoutIndex {
  /** The file, relative to the output folder. */
  file: string;
  /** The item's entry; `migrate` writes every entry, in item order, as one JSON array. */
  entry(article: Article, planned: PlannedPath): Record<string, unknown>;
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
  /**
   * The folder (relative to the output folder) for an item's downloaded media; `media`, when
   * given, says what the file is (Astro keeps images in `src/assets/`, other files in `public/`).
   */
  mediaDir(planned: PlannedPath, media?: LayoutMedia): string;
  /** How the item's content refers to a downloaded file `local` (relative to the output folder). */
  mediaRef(local: string, planned: PlannedPath): string;
  /** Files (path → content) a new site needs to build; `migrate` writes those that are missing. */
  scaffold(site: LayoutSite): Record<string, string>;
  /**
   * The Markdown options the generator needs (`toMarkdown`'s `html`, `embeds`), merged under
   * the caller's; `mdx` says whether MDX is written.
   */
  markdown?(mdx: boolean): Pick<MarkdownOptions, 'html' | 'embeds'>;
  /**
   * Files derived from the whole migration (path → content) that `migrate` rewrites at every
   * run, unlike `scaffold` (Astro's and Eleventy's redirect lists, read by their scaffold).
   */
  generated?(site: LayoutSite): Record<string, string>;
  /** A site-wide index of every item, when the layout has one (plain's `articles.json`). */
  index?: LayoutIndex;
  /**
   * The path the new site serves a term archive at (`/tags/bird-watching/`), or null when the
   * layout builds none (links to it are then dangling). For `buildLinkIndex`'s `termUrl`.
   */
  termUrl?(taxonomy: string, slug: string, name: string | null): string | null;
}
