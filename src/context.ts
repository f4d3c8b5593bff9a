import { createRequire } from 'node:module';
import type { CheerioAPI } from 'cheerio';
import type { Document } from './dom/dom';
import type { Warning } from './schema/article';
import type { Image } from './schema/block';
import type { WpPost } from './schema/wp-post';
import type { ResolvedOptions } from './options';

/** Collected links, in document order, before they are checked and decoded. */
export interface RawLink {
  /** The `href` as written (checked and made absolute later). */
  href: string;
  /** The link's text, on one line. */
  text: string;
  /** The `title` attribute; null when absent. */
  title: string | null;
  /** The `rel` tokens; empty when none. */
  rel: string[];
}

/**
 * The state one conversion carries through its stages. Created by `convertPost`, never shared
 * between posts, so the stages stay pure functions of (input, options).
 */
export interface Context {
  /** The validated post being converted (never mutated). */
  readonly post: WpPost;
  /** The options, every default filled in. */
  readonly options: ResolvedOptions;
  /** The warnings so far, in the order given; they become `article.warnings`. */
  readonly warnings: Warning[];
  /** Links and images met while extracting the body, in document order. */
  readonly links: RawLink[];
  /** The images met while extracting the body, in document order (`article.images`). */
  readonly images: Image[];
  /** JSON-LD found inside the content (Elementor/Yoast FAQ blocks), for `seo`. */
  readonly contentJsonLd: unknown[];
  /**
   * Records a warning: every drop of visible text or media and every approximation is one. The
   * same code and message again adds a count (`(×2)`) to the first one rather than a new line.
   *
   * @param code - a stable code (`unknown_shortcode`, `dropped_embed`, `unsafe_url`…)
   * @param message - one line for people
   * @param path - where: a JSON path into the input or a CSS-like path into the content
   * @example ctx.warn('unknown_shortcode', 'Removed unknown shortcode [note] (1×); its content was kept', '[note]')
   */
  warn(code: string, message: string, path?: string | null): void;
  /** The content's DOM, once the clean stage has parsed it (the one parse of the post). */
  document: Document | null;
  /**
   * cheerio bound to that same DOM (no second parse), for transforms that want selectors:
   * `ctx.$(el).find('.tab-title').text()`.
   */
  readonly $: CheerioAPI;
}

let cheerioLoad: typeof import('cheerio').load | undefined;

// cheerio is loaded on the first use of `ctx.$`, which only custom transforms make: loaded with
// the rest, it (with parse5, undici and its other dependencies) took ~17 MB of memory in every
// thread that converts, for nothing. Requiring the built library: 88 MB of RSS before, 69 after
// (with date-fns by subpath, see wall-time.ts).
function loadCheerio(): typeof import('cheerio').load {
  cheerioLoad ??= (createRequire(__filename)('cheerio') as typeof import('cheerio')).load;
  return cheerioLoad;
}

/** Makes a fresh context for one post. */
export function createContext(post: WpPost, options: ResolvedOptions): Context {
  return new PostContext(post, options);
}

/**
 * A class, not an object literal: a literal with a getter gets a hidden class of its own at
 * every call, allocated where the garbage collector only frees it in a full collection, and
 * that dead hidden class kept each post's context (its DOM, links, images) alive through every
 * young-generation collection. Every post's DOM was copied to the old generation: measured on
 * 1,000 posts, creating the context and parsing the content took 1.7 s instead of 0.6 s.
 */
class PostContext implements Context {
  readonly warnings: Warning[] = [];
  readonly links: RawLink[] = [];
  readonly images: Image[] = [];
  readonly contentJsonLd: unknown[] = [];
  document: Document | null = null;
  private cheerio: CheerioAPI | null = null;
  private readonly seen = new Map<string, Warning>();

  constructor(
    readonly post: WpPost,
    readonly options: ResolvedOptions,
  ) {}

  get $(): CheerioAPI {
    if (!this.document) throw new Error('unpress: ctx.$ is available once the content is parsed (clean stage)');
    this.cheerio ??= loadCheerio()(this.document, null, false);
    return this.cheerio;
  }

  // Bound, so transforms may pass `ctx.warn` around or destructure it (as in WalkContext).
  readonly warn: Context['warn'] = PostContext.prototype.record.bind(this);

  private record(code: string, message: string, path: string | null = null): void {
    // The same problem in 300 places is one warning with a count, not 300 lines.
    const key = `${code}\u0000${message}`;
    const prior = this.seen.get(key);
    if (prior) {
      const m = / \(×(\d+)\)$/.exec(prior.message);
      const n = m ? Number(m[1]) + 1 : 2;
      prior.message = `${prior.message.replace(/ \(×\d+\)$/, '')} (×${n})`;
      return;
    }
    const w: Warning = { code, message, path };
    this.seen.set(key, w);
    this.warnings.push(w);
  }
}
