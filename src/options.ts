import type { Profile } from './clean/profile';
import type { BlockHandler } from './extract/body/block-handler';
import type { ShortcodeHandler } from './clean/shortcodes/shortcode-handler';
import type { SeoRule } from './extract/seo/seo-rule';

/** Options of `parsePost`, `parsePosts` and `safeParsePost`. All are optional. */
export interface ParseOptions {
  /**
   * Builder profiles added to (or, by `name`, replacing) the defaults.
   * @see Profile
   */
  profiles?: Profile[];
  /** Block handlers by tag name, merged over the defaults (`{ figure: myFigureHandler }`). */
  blockHandlers?: Record<string, BlockHandler>;
  /** Drop the body's first heading when it repeats the title (default true). */
  dropTitleHeading?: boolean;
  /** Head HTML to read SEO from (Rank Math's `getHead`, a page's `<head>`). */
  head?: string | null;
  /** Labels that open a references section, matched case-insensitively (merged with the defaults). */
  sourceLabels?: string[];
  /** Largest `content` (in characters) converted; longer content is cut with a warning. Default 20 MB. */
  maxContentLength?: number;
  /**
   * Largest `title` and `excerpt` (in characters, each of `rendered` and `raw`) converted;
   * longer ones are cut with a `field_truncated` warning. Default 100,000.
   */
  maxFieldLength?: number;
  /** Deepest block nesting kept (lists in lists, details in details); deeper content is flattened. Default 32, at most 256. */
  maxDepth?: number;
  /** Allow `data:image/*` URLs for images (default false: dropped). */
  allowDataImages?: boolean;
  /**
   * Base URL relative links, image sources and `srcset`s (body and comments) are made absolute
   * against, as a browser reads them on the post's page (default: the post's `link`, when it is
   * an absolute http(s) URL). `#anchors` stay as they are.
   */
  baseUrl?: string | null;
  /** Shortcode handlers by name, merged over the defaults (`{ gravityform: 'drop', note: myHandler }`). */
  shortcodes?: Record<string, ShortcodeHandler>;
  /** Shortcodes kept verbatim as text (for MDX or a site that renders them later), e.g. `['youtube']`. Default `[]`. */
  keepShortcodes?: string[];
  /**
   * Point images at the original upload: Jetpack CDN URLs (`i0.wp.com/site/…?resize=…`) lead
   * back to the site, and size suffixes (`-300x200.jpg`, `-scaled.jpg`) are removed. Default false.
   */
  resolveImageOriginals?: boolean;
  /**
   * SEO rules added to the defaults: a rule whose `name` matches a default replaces it in place,
   * any other runs before the defaults (strongest first). Default `[]`.
   * @see SeoRule
   */
  seoRules?: SeoRule[];
  /** The body of SEOPress's `/seopress/v1/posts/{id}` response (`{ success, data }` or `data`), to read SEO from. Default null. */
  seopress?: unknown;
}

/** Options with every default filled in: each field is the {@link ParseOptions} field of that name. */
export interface ResolvedOptions {
  profiles: Profile[];
  blockHandlers: Record<string, BlockHandler>;
  dropTitleHeading: boolean;
  head: string | null;
  sourceLabels: string[];
  maxContentLength: number;
  maxFieldLength: number;
  maxDepth: number;
  allowDataImages: boolean;
  baseUrl: string | null;
  shortcodes: Record<string, ShortcodeHandler>;
  keepShortcodes: string[];
  resolveImageOriginals: boolean;
  seoRules: SeoRule[];
  seopress: unknown;
}
