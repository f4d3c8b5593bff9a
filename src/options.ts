import type { Profile } from './clean/profile';
import type { BlockHandler } from './extract/body/block-handler';

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
  /** Deepest block nesting kept (lists in lists, details in details); deeper content is flattened. Default 32. */
  maxDepth?: number;
  /** Allow `data:image/*` URLs for images (default false: dropped). */
  allowDataImages?: boolean;
  /** Base URL to resolve relative links and images against (default: the post's `link`). */
  baseUrl?: string | null;
}

/** Options with every default filled in. */
export interface ResolvedOptions {
  profiles: Profile[];
  blockHandlers: Record<string, BlockHandler>;
  dropTitleHeading: boolean;
  head: string | null;
  sourceLabels: string[];
  maxContentLength: number;
  maxDepth: number;
  allowDataImages: boolean;
  baseUrl: string | null;
}
