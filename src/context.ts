import { load, type CheerioAPI } from 'cheerio';
import type { Document } from './dom/dom';
import type { Warning } from './schema/article';
import type { Image } from './schema/block';
import type { WpPost } from './schema/wp-post';
import type { ResolvedOptions } from './options';

/** Collected links, in document order, before they are checked and decoded. */
export interface RawLink {
  href: string;
  text: string;
  title: string | null;
  rel: string[];
}

/**
 * The state one conversion carries through its stages. Created by `convertPost`, never shared
 * between posts, so the stages stay pure functions of (input, options).
 */
export interface Context {
  readonly post: WpPost;
  readonly options: ResolvedOptions;
  readonly warnings: Warning[];
  /** Links and images met while extracting the body, in document order. */
  readonly links: RawLink[];
  readonly images: Image[];
  /** JSON-LD found inside the content (Elementor/Yoast FAQ blocks), for `seo`. */
  readonly contentJsonLd: unknown[];
  warn(code: string, message: string, path?: string | null): void;
  /** The content's DOM, once the clean stage has parsed it (the one parse of the post). */
  document: Document | null;
  /**
   * cheerio bound to that same DOM (no second parse), for transforms that want selectors:
   * `ctx.$(el).find('.tab-title').text()`.
   */
  readonly $: CheerioAPI;
}

/** Makes a fresh context for one post. */
export function createContext(post: WpPost, options: ResolvedOptions): Context {
  const warnings: Warning[] = [];
  const seen = new Map<string, Warning>();
  let $: CheerioAPI | null = null;
  const ctx: Context = {
    post,
    options,
    document: null,
    get $() {
      if (!ctx.document) throw new Error('unpress: ctx.$ is available once the content is parsed (clean stage)');
      $ ??= load(ctx.document, null, false);
      return $;
    },
    warnings,
    links: [],
    images: [],
    contentJsonLd: [],
    warn(code, message, path = null) {
      // The same problem in 300 places is one warning with a count, not 300 lines.
      const key = `${code}\u0000${message}`;
      const prior = seen.get(key);
      if (prior) {
        const m = / \(×(\d+)\)$/.exec(prior.message);
        const n = m ? Number(m[1]) + 1 : 2;
        prior.message = `${prior.message.replace(/ \(×\d+\)$/, '')} (×${n})`;
        return;
      }
      const w: Warning = { code, message, path };
      seen.set(key, w);
      warnings.push(w);
    },
  };
  return ctx;
}
